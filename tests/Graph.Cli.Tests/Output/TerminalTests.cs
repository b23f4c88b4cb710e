using System.Diagnostics;
using Graph.Cli.Output;
using Graph.Testing;

namespace Graph.Cli.Tests.Output;

/// <summary>
/// Colour decisions, checked on a real pseudo-terminal (util-linux <c>script</c>) so that "is a terminal"
/// means what it means for a user: each stream is coloured only when it is a terminal and NO_COLOR is unset.
/// </summary>
public sealed class TerminalTests
{
    private const string Escape = "\u001b[";

    private static readonly string Graph = Path.Combine(AppContext.BaseDirectory, "Graph.Cli.dll");

    [Theory]
    [InlineData(false, null, true)]
    [InlineData(false, "", true)]
    [InlineData(false, "1", false)]
    [InlineData(true, null, false)]
    [InlineData(true, "1", false)]
    public void AllowsColor_OnlyOnATerminal_AndNeverWithNoColor(bool redirected, string? noColor, bool expected)
    {
        Assert.Equal(expected, Terminal.AllowsColor(redirected, noColor));
    }

    [SkippableFact]
    public void Error_OnATerminal_IsColoured()
    {
        using var dir = new TempDirectory();

        string terminal = OnTerminal(dir.Path, $"dotnet '{Graph}' stats --store missing.db", noColor: null);

        Assert.Contains(Escape + "31merror: ", terminal, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Error_OnATerminal_WithNoColor_IsPlain()
    {
        using var dir = new TempDirectory();

        string terminal = OnTerminal(dir.Path, $"dotnet '{Graph}' stats --store missing.db", noColor: "1");

        Assert.Contains("error: ", terminal, StringComparison.Ordinal);
        Assert.DoesNotContain(Escape + "31m", terminal, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Error_ToAFile_WhileOutputIsATerminal_IsPlain()
    {
        using var dir = new TempDirectory();

        OnTerminal(dir.Path, $"dotnet '{Graph}' stats --store missing.db 2>err.txt", noColor: null);

        string errors = File.ReadAllText(Path.Combine(dir.Path, "err.txt"));
        Assert.Contains("error: ", errors, StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, errors, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Output_ToAFile_IsPlain_WhileOutputOnATerminal_IsColoured()
    {
        using var dir = new TempDirectory();

        string terminal = OnTerminal(dir.Path, $"dotnet '{Graph}' --help", noColor: null);
        OnTerminal(dir.Path, $"dotnet '{Graph}' --help >out.txt", noColor: null);

        string file = File.ReadAllText(Path.Combine(dir.Path, "out.txt"));
        Assert.Contains("USAGE:", file, StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, file, StringComparison.Ordinal);
        Assert.Contains(Escape, terminal, StringComparison.Ordinal);
    }

    // Runs a shell command on a pseudo-terminal and returns what the terminal showed.
    private static string OnTerminal(string workingDirectory, string command, string? noColor)
    {
        Skip.IfNot(File.Exists("/usr/bin/script"), "util-linux 'script' (a pseudo-terminal runner) is not installed");
        var start = new ProcessStartInfo("/usr/bin/script")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "-q", "-e", "-c", command, "/dev/null" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TERM"] = "xterm-256color";
        start.Environment["COLUMNS"] = "160";
        start.Environment.Remove("NO_COLOR");
        if (noColor is not null)
        {
            start.Environment["NO_COLOR"] = noColor;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("script did not start");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "graph did not finish in 120 s");
        _ = stderr.Result;
        return stdout.Result;
    }

    [Theory]
    [InlineData("120", 120)]
    [InlineData(null, 160)]
    [InlineData("", 160)]
    [InlineData("wide", 160)]
    [InlineData("5", 160)]
    public void RedirectedWidth_IsColumnsWhenAWidth_Else160(string? columns, int expected) =>
        Assert.Equal(expected, Terminal.RedirectedWidth(columns));
}
