namespace Graph.Extraction.Sentences;

/// <summary>Registers the sentence splitting stage.</summary>
public sealed class SentenceExtension : IExtractionExtension
{
    /// <inheritdoc />
    public void Setup(ExtractionPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Stages.Add(new SentenceStage());
    }
}
