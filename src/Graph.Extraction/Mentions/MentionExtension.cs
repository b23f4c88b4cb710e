namespace Graph.Extraction.Mentions;

/// <summary>Registers the mention stage (gazetteer and patterns).</summary>
public sealed class MentionExtension : IExtractionExtension
{
    /// <inheritdoc />
    public void Setup(ExtractionPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Stages.Add(new MentionStage());
    }
}
