using Spectre.Console;

namespace Graph.Cli.Output;

/// <summary>The two consoles: results to standard output, errors and progress to standard error.</summary>
internal static class Terminal
{
    /// <summary>Standard output.</summary>
    public static IAnsiConsole Out => AnsiConsole.Console;

    /// <summary>Standard error.</summary>
    public static IAnsiConsole Err { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>Writes one error line to standard error, never wrapped, so scripts can read it whole.</summary>
    public static void Error(string message) => Line(message, "31");

    /// <summary>Writes one warning line to standard error, never wrapped.</summary>
    public static void Warning(string message) => Line(message, "33");

    private static void Line(string message, string colour)
    {
        string text = message.ReplaceLineEndings(" ");
        Console.Error.WriteLine(Err.Profile.Capabilities.Ansi ? $"\u001b[{colour}m{text}\u001b[0m" : text);
    }
}
