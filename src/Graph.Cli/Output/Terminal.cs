using Spectre.Console;

namespace Graph.Cli.Output;

/// <summary>The two consoles: results to standard output, errors and progress to standard error.</summary>
internal static class Terminal
{
    /// <summary>Standard output.</summary>
    public static IAnsiConsole Out => AnsiConsole.Console;

    /// <summary>Standard error.</summary>
    public static IAnsiConsole Err { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>Writes one error line to standard error, never wrapped (scripts read one line per error).</summary>
    public static void Error(string message) => WriteLine(message, "31");

    /// <summary>Writes one warning line to standard error, never wrapped.</summary>
    public static void Warning(string message) => WriteLine(message, "33");

    // Spectre wraps text at the console width; an error must stay one line however long the server's message is.
    private static void WriteLine(string message, string ansiColor)
    {
        string line = message.ReplaceLineEndings(" ");
        Console.Error.WriteLine(Err.Profile.Capabilities.ColorSystem == ColorSystem.NoColors ? line : $"\u001b[{ansiColor}m{line}\u001b[0m");
    }
}
