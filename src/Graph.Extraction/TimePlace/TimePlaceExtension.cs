namespace Graph.Extraction.TimePlace;

/// <summary>Registers dating and placing of facts.</summary>
public sealed class TimePlaceExtension : IExtractionExtension
{
    /// <inheritdoc />
    public void Setup(ExtractionPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Stages.Add(new TimePlaceStage());
    }
}
