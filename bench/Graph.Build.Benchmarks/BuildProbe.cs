using System.Diagnostics;
using System.Globalization;
using Graph.Cli;

namespace Graph.Build.Benchmarks;

/// <summary>
/// One `graph build` in a process of its own, so its peak memory and its writes are its alone: the child runs the
/// command in-process, then prints its exit code, wall time and resources on a last line the parent reads.
/// </summary>
internal static class BuildProbe
{
    /// <summary>The argument that makes the benchmark run as the child.</summary>
    public const string ChildFlag = "--build-child";

    private const string Marker = "probe: ";

    /// <summary>The child: runs <c>graph build ARGS…</c> and reports.</summary>
    public static int RunChild(string[] buildArguments)
    {
        var watch = Stopwatch.StartNew();
        int exit = GraphApp.Run(["build", .. buildArguments]);
        double seconds = watch.Elapsed.TotalSeconds;
        Console.Out.Flush();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Marker}{exit} {seconds:R} {ProcessResources.Read().ToLine()}"));
        return 0;
    }

    /// <summary>The parent: builds <paramref name="input"/> into <paramref name="store"/> and <paramref name="output"/>.</summary>
    public static BuildFigures Run(string input, string store, string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in new[] { typeof(BuildProbe).Assembly.Location, ChildFlag, input, "--store", store, "--out", output })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["TERM"] = "dumb";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("the build process did not start");
        var error = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        string? line = stdout.Split('\n').LastOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal));
        if (line is null)
        {
            throw new InvalidOperationException("the build process ended without its figures: " + error.Result.Trim());
        }

        string[] parts = line[Marker.Length..].Trim().Split(' ', 3);
        string summary = stdout.Split('\n').FirstOrDefault(l => l.StartsWith("Articles", StringComparison.Ordinal))?.Trim() ?? string.Empty;
        return new BuildFigures(
            int.Parse(parts[0], CultureInfo.InvariantCulture),
            double.Parse(parts[1], CultureInfo.InvariantCulture),
            ProcessResources.Parse(parts[2]),
            summary);
    }
}
