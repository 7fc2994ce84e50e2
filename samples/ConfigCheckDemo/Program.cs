using ProxyConnect.Squid;

// The check happens at build time; at run time the app just reports what it deploys.
var path = Path.Combine(AppContext.BaseDirectory, "deploy", "squid.conf");
Console.WriteLine(File.Exists(path) ? $"Deploying {path}" : "Built with a clean deploy/squid.conf.");
Console.WriteLine($"Sensors in the default config: {SquidConfig.CreateDefault().Sensors.Count}");
