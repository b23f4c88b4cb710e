namespace Graph.Extraction.Tokens;

/// <summary>Registers the tokenizing stage.</summary>
public sealed class TokenExtension : IExtractionExtension
{
    /// <inheritdoc />
    public void Setup(ExtractionPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Stages.Add(new TokenStage());
    }
}
