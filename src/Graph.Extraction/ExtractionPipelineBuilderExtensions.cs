using Graph.Extraction.Cleanup;
using Graph.Extraction.Coreference;
using Graph.Extraction.Events;
using Graph.Extraction.Facts;
using Graph.Extraction.Mentions;
using Graph.Extraction.Sentences;
using Graph.Extraction.Parsing;
using Graph.Extraction.Tokens;
using Graph.Extraction.TimePlace;

namespace Graph.Extraction;

/// <summary>The <c>UseX()</c> methods that add the built-in extensions to a builder.</summary>
public static class ExtractionPipelineBuilderExtensions
{
    /// <summary>Every built-in stage, in order: clean-up, sentences, tokens, parse, mentions, coreference, event coding, structural facts, time and place.</summary>
    public static ExtractionPipelineBuilder UseDefaults(this ExtractionPipelineBuilder builder) =>
        builder.UseCleanup().UseSentences().UseTokens().UseSyntax().UseMentions().UseCoreference().UseEventCoding().UseStructuralFacts().UseTimePlace();

    /// <summary>Parses every sentence into Universal Dependencies.</summary>
    public static ExtractionPipelineBuilder UseSyntax(this ExtractionPipelineBuilder builder) => Checked(builder).Use<SyntaxExtension>();

    /// <summary>Codes events on the parse from the event patterns.</summary>
    public static ExtractionPipelineBuilder UseEventCoding(this ExtractionPipelineBuilder builder) => Checked(builder).Use<EventCodingExtension>();

    /// <summary>Skips boilerplate and paragraphs in another language.</summary>
    public static ExtractionPipelineBuilder UseCleanup(this ExtractionPipelineBuilder builder) => Checked(builder).Use<CleanupExtension>();

    /// <summary>Splits kept paragraphs into sentences.</summary>
    public static ExtractionPipelineBuilder UseSentences(this ExtractionPipelineBuilder builder) => Checked(builder).Use<SentenceExtension>();

    /// <summary>Tokenizes sentences.</summary>
    public static ExtractionPipelineBuilder UseTokens(this ExtractionPipelineBuilder builder) => Checked(builder).Use<TokenExtension>();

    /// <summary>Finds mentions from the gazetteer and patterns.</summary>
    public static ExtractionPipelineBuilder UseMentions(this ExtractionPipelineBuilder builder) => Checked(builder).Use<MentionExtension>();

    /// <summary>Resolves mentions to entities within the article.</summary>
    public static ExtractionPipelineBuilder UseCoreference(this ExtractionPipelineBuilder builder) => Checked(builder).Use<CoreferenceExtension>();

    /// <summary>Extracts structural facts from patterns.</summary>
    public static ExtractionPipelineBuilder UseStructuralFacts(this ExtractionPipelineBuilder builder) => Checked(builder).Use<StructuralFactExtension>();

    /// <summary>Dates and places facts.</summary>
    public static ExtractionPipelineBuilder UseTimePlace(this ExtractionPipelineBuilder builder) => Checked(builder).Use<TimePlaceExtension>();

    private static ExtractionPipelineBuilder Checked(ExtractionPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
