namespace Graph.Extraction.Facts;

/// <summary>Registers structural facts from patterns.</summary>
public sealed class StructuralFactExtension : IExtractionExtension
{
    /// <inheritdoc />
    public void Setup(ExtractionPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Stages.Add(new StructuralFactStage());
    }
}
