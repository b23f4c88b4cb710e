namespace Graph.Extraction.Events;

/// <summary>Registers the event coding stage.</summary>
public sealed class EventCodingExtension : IExtractionExtension
{
    /// <inheritdoc />
    public void Setup(ExtractionPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Stages.Add(new EventCodingStage());
    }
}
