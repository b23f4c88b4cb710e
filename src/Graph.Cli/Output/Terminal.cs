using Spectre.Console;

namespace Graph.Cli.Output;

/// <summary>
/// The two consoles: results to standard output, errors and progress to standard error. Each stream is
/// coloured only when it is a terminal and <c>NO_COLOR</c> is unset, decided for each stream on its own
/// (output piped to a file keeps colour in the errors shown on the terminal, and the other way round).
/// </summary>
internal static class Terminal
{
    /// <summary>Standard output.</summary>
    public static IAnsiConsole Out { get; } = Create(Console.Out, Console.IsOutputRedirected);

    /// <summary>Standard error.</summary>
    public static IAnsiConsole Err { get; } = Create(Console.Error, Console.IsErrorRedirected);

    /// <summary>Writes one error line to standard error, never wrapped (scripts read one line per error).</summary>
    public static void Error(string message) => WriteLine(message, "31");

    /// <summary>Writes one warning line to standard error, never wrapped.</summary>
    public static void Warning(string message) => WriteLine(message, "33");

    /// <summary>
    /// Writes one line to standard output, never wrapped (a script reads one line per item), <paramref name="word"/>
    /// first and coloured (<paramref name="ansiColor"/>, an SGR code) when standard output carries colour.
    /// </summary>
    public static void Line(string word, string ansiColor, string rest)
    {
        bool color = Out.Profile.Capabilities.ColorSystem != ColorSystem.NoColors;
        Console.Out.WriteLine((color ? $"\u001b[{ansiColor}m{word}\u001b[0m" : word) + rest.ReplaceLineEndings(" "));
    }

    /// <summary>
    /// True when a stream may carry colour: it is a terminal and <c>NO_COLOR</c> is unset or empty
    /// (https://no-color.org).
    /// </summary>
    public static bool AllowsColor(bool redirected, string? noColor) => !redirected && string.IsNullOrEmpty(noColor);

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        bool color = AllowsColor(redirected, Environment.GetEnvironmentVariable("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = color ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });

        // A file or a pipe has no width of its own: tables get COLUMNS when set, else room for ids and names side by side.
        if (redirected)
        {
            console.Profile.Width = RedirectedWidth(Environment.GetEnvironmentVariable("COLUMNS"));
        }

        return console;
    }

    /// <summary>The width tables are laid out in when the stream is no terminal: <c>COLUMNS</c> when it is a width, else 160.</summary>
    public static int RedirectedWidth(string? columns) =>
        int.TryParse(columns, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int width) && width is >= 40 and <= 1000
            ? width
            : 160;

    // Spectre wraps text at the console width; an error must stay one line however long the server's message is.
    private static void WriteLine(string message, string ansiColor)
    {
        string line = message.ReplaceLineEndings(" ");
        Console.Error.WriteLine(Err.Profile.Capabilities.ColorSystem == ColorSystem.NoColors ? line : $"\u001b[{ansiColor}m{line}\u001b[0m");
    }
}
