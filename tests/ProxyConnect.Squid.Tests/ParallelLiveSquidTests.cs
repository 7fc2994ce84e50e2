using ProxyConnect.Squid.Tests.Harness;

namespace ProxyConnect.Squid.Tests;

/// <summary>Several live instances at once are independent, and disposing one leaves nothing behind.</summary>
public class ParallelLiveSquidTests
{
    /// <summary>Two instances started together each allow only their own sensor; after disposal no process, shared memory or folder remains.</summary>
    [SkippableFact]
    public async Task Two_instances_at_once_are_independent_and_clean_up()
    {
        SquidBinary.Require();
        await using var target = LoopbackTarget.StartEcho();
        static string ConfigFor(string sensor) => $"acl sensor src {sensor}\nhttp_access allow sensor\nhttp_access deny all\n";

        var starting = new[] { LiveSquid.StartAsync(ConfigFor("127.0.0.4")), LiveSquid.StartAsync(ConfigFor("127.0.0.5")) };
        var squids = await Task.WhenAll(starting);
        var (first, second) = (squids[0], squids[1]);
        int[] pids;
        try
        {
            first.Port.Should().NotBe(second.Port);
            first.ServiceName.Should().NotBe(second.ServiceName);
            Directory.EnumerateFiles("/dev/shm", first.ServiceName + "-*").Should().NotBeEmpty("each instance has its own shared memory");
            (await StatusAsync("127.0.0.4", first, target)).Should().Be(200);
            (await StatusAsync("127.0.0.5", first, target)).Should().Be(403);
            (await StatusAsync("127.0.0.5", second, target)).Should().Be(200);
            (await StatusAsync("127.0.0.4", second, target)).Should().Be(403);
            pids = [first.ProcessId, second.ProcessId];
        }
        finally
        {
            await Task.WhenAll(first.DisposeAsync().AsTask(), second.DisposeAsync().AsTask());
        }

        foreach (var squid in squids)
        {
            squid.ExitCode.Should().Be(0, "SIGTERM stops squid gracefully");
            Directory.Exists(squid.Folder).Should().BeFalse();
            Directory.EnumerateFiles("/dev/shm", squid.ServiceName + "-*").Should().BeEmpty();
        }

        pids.Should().OnlyContain(pid => !Directory.Exists($"/proc/{pid}"), "squid stopped");
    }

    /// <summary>A config squid cannot start fails with cache.log in the message, and leaves nothing behind.</summary>
    [SkippableFact]
    public async Task Failed_start_reports_cache_log()
    {
        SquidBinary.Require();
        var start = () => LiveSquid.StartAsync("http_access allow no_such_acl\n");
        (await start.Should().ThrowAsync<InvalidOperationException>())
            .Which.Message.Should().Contain("--- cache.log ---").And.Contain("no_such_acl");
    }

    private static async Task<int> StatusAsync(string source, LiveSquid squid, LoopbackTarget target)
    {
        await using var tunnel = await new SourceBoundClient(source, squid.Port).ConnectAsync("127.0.0.1", target.Port);
        return tunnel.StatusCode;
    }
}
