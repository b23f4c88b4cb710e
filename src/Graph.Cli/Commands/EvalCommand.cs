using Graph.Cli.Output;
using Graph.Extraction;
using Graph.Extraction.Evaluation;
using Graph.Ingestion.Reading;
using Graph.Model;
using Spectre.Console.Cli;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph eval</c>: extracts every annotated article of a folder and scores the extraction against the
/// annotation, as the reference scorer does.
/// </summary>
internal sealed class EvalCommand : Command<EvalSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        var reader = new ArticleFileReader();
        var errors = new List<string>();
        var articles = AnnotatedArticles.Find(settings.GoldDir, reader, errors);
        if (articles.Count == 0)
        {
            errors.ForEach(e => Terminal.Error("error: " + e));
            return ExitCodes.InputFailed;
        }

        var outcomes = ProgressView.Collect(
            articles.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(a => Evaluate(a, reader)),
            articles.Count,
            "Scoring articles",
            o => o.Article.Name);
        errors.AddRange(outcomes.SelectMany(o => o.Errors));
        errors.ForEach(e => Terminal.Error("error: " + e));

        var report = new EvalReport(outcomes.Where(o => o.Score is not null).Select(o => o.Score!));
        if (settings.Format == "json")
        {
            Console.Out.Write(EvalReportJson.Serialize(report, settings.Errors));
        }
        else
        {
            EvalView.Render(report, settings.Errors);
        }

        return errors.Count == 0 ? ExitCodes.Success : ExitCodes.InputFailed;
    }

    private static EvalOutcome Evaluate(AnnotatedArticle article, ArticleFileReader reader)
    {
        var errors = new List<string>();
        GoldDocument? gold = null;
        ArticleDocument? document = null;
        try
        {
            gold = GoldDocument.Read(article.GoldPath);
        }
        catch (GoldFormatException ex)
        {
            errors.Add(ex.Message);
        }

        try
        {
            document = reader.Read(article.ArticlePath);
        }
        catch (ArticleReadException ex)
        {
            errors.Add(ex.Message);
        }

        if (gold is null || document is null)
        {
            return new EvalOutcome(article, null, errors);
        }

        try
        {
            return new EvalOutcome(article, Scorer.Score(article.Name, gold, ExtractionPipeline.Default.Extract(document)), errors);
        }
#pragma warning disable CA1031 // One article's extraction bug must not stop the others; it is reported with its file.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new EvalOutcome(article, null, [$"{article.ArticlePath}: extraction failed: {ex.Message}"]);
        }
    }
}
