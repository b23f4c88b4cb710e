using System.Diagnostics;

namespace Graph.Cli.Tests.Support;

/// <summary>Runs the real <c>graph</c> program (the built Graph.Cli.dll) as a separate process.</summary>
internal static class GraphCli
{
    /// <summary>Exit code and both output streams of one run.</summary>
    public sealed record Result(int ExitCode, string StdOut, string StdErr)
    {
        /// <summary>Non-empty lines of standard error.</summary>
        public IReadOnlyList<string> ErrorLines => StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Runs <c>graph ARGS…</c> in <paramref name="workingDirectory"/>.</summary>
    public static Result Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, null, arguments);

    /// <summary>Runs <c>graph ARGS…</c> with extra environment variables.</summary>
    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Run(workingDirectory, environment, TimeSpan.FromSeconds(180), arguments);

    /// <summary>Runs <c>graph ARGS…</c>, killed when it takes longer than <paramref name="timeout"/>.</summary>
    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] arguments)
    {
        var start = StartInfo(workingDirectory, arguments);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("graph did not start");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("graph " + string.Join(' ', arguments) + $" did not finish in {timeout.TotalSeconds:0} s");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>How to start <c>graph ARGS…</c> in <paramref name="workingDirectory"/>: every stream redirected, plain output.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Graph.Cli.dll"));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Plain output: no colours or live progress in captured streams.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["TERM"] = "dumb";
        start.Environment["COLUMNS"] = "160";
        return start;
    }
}
