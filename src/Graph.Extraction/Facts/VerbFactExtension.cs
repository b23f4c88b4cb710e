namespace Graph.Extraction.Facts;

/// <summary>Registers facts from the verb lexicon.</summary>
public sealed class VerbFactExtension : IExtractionExtension
{
    /// <inheritdoc />
    public void Setup(ExtractionPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Stages.Add(new VerbFactStage());
    }
}
