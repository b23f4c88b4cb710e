using Graph.Cli.Output;
using Graph.Extraction;
using Graph.Ingestion.Reading;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary><c>graph extract</c>: one article's extraction, printed; nothing is stored.</summary>
internal sealed class ExtractCommand : Command<ExtractSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ExtractSettings settings, CancellationToken cancellationToken)
    {
        Model.ArticleDocument document;
        try
        {
            document = new ArticleFileReader().Read(settings.File);
        }
        catch (ArticleReadException ex)
        {
            Terminal.Error("error: " + ex.Message);
            return ExitCodes.InputFailed;
        }

        ExtractionContext run = ExtractionPipeline.Default.Run(document);
        var extraction = ExtractionPipeline.Collect(run);
        if (settings.Explain)
        {
            ExplanationView.Render(run, extraction);
        }
        else if (settings.Format == "table")
        {
            ExtractionView.Render(extraction);
        }
        else
        {
            Console.Out.Write(ExtractionJson.Serialize(extraction));
            Console.Out.Write('\n');
        }

        return ExitCodes.Success;
    }
}
