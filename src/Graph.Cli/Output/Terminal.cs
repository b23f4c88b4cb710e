using Spectre.Console;

namespace Graph.Cli.Output;

/// <summary>The two consoles: results to standard output, errors and progress to standard error.</summary>
internal static class Terminal
{
    /// <summary>Standard output.</summary>
    public static IAnsiConsole Out => AnsiConsole.Console;

    /// <summary>Standard error.</summary>
    public static IAnsiConsole Err { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>Writes one error line to standard error (markup-safe).</summary>
    public static void Error(string message) => Err.MarkupLine("[red]" + Markup.Escape(message) + "[/]");

    /// <summary>Writes one warning line to standard error (markup-safe).</summary>
    public static void Warning(string message) => Err.MarkupLine("[yellow]" + Markup.Escape(message) + "[/]");
}
