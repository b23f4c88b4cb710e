namespace Graph.Extraction.Coreference;

/// <summary>Registers within-article coreference and alias resolution.</summary>
public sealed class CoreferenceExtension : IExtractionExtension
{
    /// <inheritdoc />
    public void Setup(ExtractionPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Stages.Add(new CoreferenceStage());
    }
}
