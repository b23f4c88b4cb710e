using System.Text;
using Graph.Cli.Exports;
using Graph.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary><c>graph export</c>: write the stored graph in one format to a file or standard output.</summary>
internal sealed class ExportCommand : Command<ExportSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreOpener.OpenExisting(settings.Store);
        if (store is null)
        {
            return ExitCodes.InputFailed;
        }

        var format = ExportFormats.Find(settings.Format!)!;
        var options = new ExportOptions(settings.BaseIri);
        if (settings.Out == "-")
        {
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            format.Write(store, stdout, options);
            return ExitCodes.Success;
        }

        try
        {
            AtomicFile.Write(settings.Out, writer =>
            {
                format.Write(store, writer, options);
                return true;
            });
            Terminal.Err.MarkupLine($"[green]Wrote[/] {Markup.Escape(settings.Out)}");
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Terminal.Error($"error: {settings.Out}: cannot write: {ex.Message}");
            return ExitCodes.InputFailed;
        }
    }
}
