using Graph.Extraction.Coreference;
using Graph.Extraction.Resources;
using Graph.Model;
using Graph.Model.Extraction;

namespace Graph.Extraction;

/// <summary>
/// An immutable extraction pipeline: safe to share across threads; the same article always gives the
/// same extraction.
/// </summary>
public sealed class ExtractionPipeline
{
    private static readonly Lazy<ExtractionPipeline> LazyDefault = new(() => new ExtractionPipelineBuilder().UseDefaults().Build());
    private readonly IExtractionStage[] _stages;

    internal ExtractionPipeline(ExtractionResources resources, IExtractionStage[] stages)
    {
        Resources = resources;
        _stages = stages;
    }

    /// <summary>The pipeline with every built-in stage and the built-in gazetteers and lexicon.</summary>
    public static ExtractionPipeline Default => LazyDefault.Value;

    /// <summary>The data the stages read.</summary>
    public ExtractionResources Resources { get; }

    /// <summary>The stages, in order.</summary>
    public IReadOnlyList<IExtractionStage> Stages => _stages;

    /// <summary>Extracts entities and facts from one article.</summary>
    public ArticleExtraction Extract(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Collect(Run(document));
    }

    /// <summary>The extraction a finished context holds (for callers that also read the context, such as explanations).</summary>
    public static ArticleExtraction Collect(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArticleDocument document = context.Document;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (ExtractedFact fact in context.Facts.All)
        {
            used.Add(fact.Subject);
            used.Add(fact.Object);
            if (fact.Source is not null)
            {
                used.Add(fact.Source);
            }
        }

        // An entity is reported when it is named in the text or takes part in a fact (or reports one); adjectives alone ("Iranian") do not add one.
        var entities = context.Entities.All
            .Where(e => e.Mentions.Count > 0 || used.Contains(e.Id))
            .Select(e => new ExtractedEntity(e.Id, e.Type, e.Name, [.. e.Aliases], [.. e.Mentions.OrderBy(s => s.Start)]))
            .ToList();
        var skipped = context.Paragraphs
            .Where(p => p.Skipped is not null and not "empty")
            .Select(p => new SkippedText(p.Span, p.Skipped!))
            .ToList();
        return new ArticleExtraction(document.FileName, document.Id, document.Published, entities, [.. context.Facts.All], skipped);
    }

    /// <summary>Runs every stage and returns the final context (for diagnostics and tests).</summary>
    public ExtractionContext Run(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new ExtractionContext(document, Resources);
        foreach (IExtractionStage stage in _stages)
        {
            stage.Run(context);
        }

        return context;
    }
}
