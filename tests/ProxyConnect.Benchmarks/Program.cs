using BenchmarkDotNet.Running;
using ProxyConnect.Benchmarks;

// dotnet run -c Release -- --filter '*'                 BenchmarkDotNet (any of its options)
// dotnet run -c Release -- --kept-memory OUT.json DIR   memory kept by a loaded document vs file size
// dotnet run -c Release -- --write-inputs DIR           the generated configs as files (stock, 20k-sensors, 100k-sensors)
if (args.Length >= 3 && args[0] == "--kept-memory")
{
    return KeptMemory.Run(args[1], args[2]);
}

if (args.Length >= 2 && args[0] == "--write-inputs")
{
    foreach (var input in args.Length > 2 ? args.Skip(2) : new[] { Inputs.Stock, Inputs.Sensors20k, Inputs.Sensors100k })
    {
        Inputs.Verified(input);
        Console.WriteLine(Inputs.WriteTo(input, args[1]));
    }

    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Inputs).Assembly).Run(args);
return 0;
