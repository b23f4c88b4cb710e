namespace Graph.Extraction.Parsing;

/// <summary>Registers the parsing stage.</summary>
public sealed class SyntaxExtension : IExtractionExtension
{
    /// <inheritdoc />
    public void Setup(ExtractionPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Stages.Add(new SyntaxStage());
    }
}
