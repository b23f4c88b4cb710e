namespace Graph.Extraction.Cleanup;

/// <summary>Registers the clean-up stage (paragraphs, language and boilerplate filter).</summary>
public sealed class CleanupExtension : IExtractionExtension
{
    /// <inheritdoc />
    public void Setup(ExtractionPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Stages.Add(new CleanupStage());
    }
}
