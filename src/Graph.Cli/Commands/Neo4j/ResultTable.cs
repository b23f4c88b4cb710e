using Graph.Cli.Output;
using Spectre.Console;

namespace Graph.Cli.Commands.Neo4j;

/// <summary>Writes a result table to standard output.</summary>
internal static class ResultTable
{
    private const int UnboundedWidth = 100_000;

    /// <summary>
    /// On a terminal the table fits its width; piped or redirected it keeps its natural width, so no cell
    /// is broken across lines (Spectre would otherwise assume 80 columns).
    /// </summary>
    public static void Write(Table table)
    {
        var profile = Terminal.Out.Profile;
        if (!Console.IsOutputRedirected)
        {
            Terminal.Out.Write(table);
            return;
        }

        int width = profile.Width;
        profile.Width = UnboundedWidth;
        try
        {
            Terminal.Out.Write(table);
        }
        finally
        {
            profile.Width = width;
        }
    }
}
