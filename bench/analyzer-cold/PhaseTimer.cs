using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime;

namespace AnalyzerCold;

/// <summary>Wall and process CPU time of each phase, printed in the order they ran. The CPU clock counts the JIT's
/// background threads too (tiered compilation), which is what a build pays; JIT time and the number of methods
/// compiled come from the runtime (<see cref="JitInfo"/>), all threads.</summary>
internal sealed class PhaseTimer
{
    private readonly List<(string Name, double WallMs, double CpuMs, double JitMs, long Methods)> _rows = new();
    private readonly Process _self = Process.GetCurrentProcess();

    public T Time<T>(string name, Func<T> phase)
    {
        _self.Refresh();
        var cpu = _self.TotalProcessorTime;
        var jit = JitInfo.GetCompilationTime(currentThread: false);
        var methods = JitInfo.GetCompiledMethodCount(currentThread: false);
        var wall = Stopwatch.StartNew();
        var result = phase();
        var wallMs = wall.Elapsed.TotalMilliseconds;
        _self.Refresh();
        _rows.Add((name, wallMs, (_self.TotalProcessorTime - cpu).TotalMilliseconds,
            (JitInfo.GetCompilationTime(currentThread: false) - jit).TotalMilliseconds, JitInfo.GetCompiledMethodCount(currentThread: false) - methods));
        return result;
    }

    public void Print()
    {
        Console.WriteLine($"{"phase",-40} {"wall ms",9} {"CPU ms",9} {"JIT ms",9} {"methods",8}");
        foreach (var (name, wallMs, cpuMs, jitMs, methods) in _rows)
        {
            Console.WriteLine($"{name,-40} {wallMs,9:F1} {cpuMs,9:F1} {jitMs,9:F1} {methods,8}");
        }
    }
}
