using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Graph.Cli.Tests.Support;
using Graph.Store;
using Graph.Testing;

namespace Graph.Cli.Tests.Commands;

/// <summary>Ctrl-C (SIGINT) during <c>graph build</c>, sent to the real process.</summary>
public sealed partial class BuildInterruptTests : IDisposable
{
    // Enough that the build is still storing when the signal arrives, on a loaded machine too: the first progress line
    // comes after 100, and starting kill(1) may take longer than the rest of a short run.
    private const int Articles = 2000;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [SkippableFact]
    public void Build_Interrupted_Exits130_SaysHowManyAreStored_LeavesAWholeStore_AndARerunContinues()
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "sends SIGINT with kill(1)");
        Skip.If(SigintIgnored(), "SIGINT is ignored in this process (a shell started it in the background without job control), "
            + "and the graph process it starts inherits that, as every Unix program does");

        // Arrange: enough articles that the build is still storing when the signal arrives.
        for (int i = 0; i < Articles; i++)
        {
            _temp.Write($"in/{i:D4}.txt", $"Report {i} from Ruritania\n\nThe minister of Ruritania met officials in Strelsau on day {i}.");
        }

        // Act
        var (exitCode, stderr) = RunAndInterrupt("build", "in", "--store", "graph.db", "--out", "out");

        // Assert: exit code, one line with the count, and a store holding exactly that many articles.
        Assert.True(exitCode == 130, $"exit {exitCode}: {stderr}");
        var line = InterruptedLine().Match(stderr);
        Assert.True(line.Success, stderr);
        int stored = int.Parse(line.Groups["stored"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(stored, 1, Articles - 1);
        Assert.Equal(Articles, int.Parse(line.Groups["found"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        using (var store = GraphStore.Open(_temp.File("graph.db")))
        {
            Assert.Equal(stored, store.Statistics().Articles);
        }

        var rerun = Support.GraphCli.Run(_temp.Path, "build", "in", "--store", "graph.db", "--out", "out");
        Assert.True(rerun.ExitCode == 0, rerun.StdErr);
        Assert.Contains($"{Articles} read · {Articles - stored} added · {stored} unchanged", rerun.StdOut, StringComparison.Ordinal);
    }

    // Starts graph, waits for the first progress line (articles are being stored), then sends SIGINT.
    private (int ExitCode, string StdErr) RunAndInterrupt(params string[] arguments)
    {
        var start = GraphCli.StartInfo(_temp.Path, arguments);
        var stderr = new StringBuilder();
        using var storing = new ManualResetEventSlim();
        using var process = new Process { StartInfo = start };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (stderr)
            {
                stderr.AppendLine(e.Data);
            }

            if (e.Data.Contains($"/{Articles} articles", StringComparison.Ordinal))
            {
                storing.Set();
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.Start();
        process.StandardInput.Close();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            Assert.True(storing.Wait(TimeSpan.FromSeconds(120)), "no progress line within 120 s: " + stderr);
            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                kill.WaitForExit();
            }

            Assert.True(process.WaitForExit(60_000), "graph did not stop within 60 s of SIGINT");
            process.WaitForExit();
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        lock (stderr)
        {
            return (process.ExitCode, stderr.ToString());
        }
    }

    // Bit 2 of the ignored-signal mask in /proc/self/status ("SigIgn:", hexadecimal); unknown elsewhere, so not ignored.
    private static bool SigintIgnored()
    {
        const string StatusFile = "/proc/self/status";
        string? line = File.Exists(StatusFile) ? File.ReadLines(StatusFile).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) : null;
        return line is not null
            && (ulong.Parse(line["SigIgn:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) & 0b10) != 0;
    }

    [GeneratedRegex(@"interrupted: (?<stored>\d+) of (?<found>\d+) articles stored .*running the same command again continues")]
    private static partial Regex InterruptedLine();
}
