namespace Graph.Extraction;

/// <summary>A feature of the pipeline: registers its stage(s) on the builder.</summary>
public interface IExtractionExtension
{
    /// <summary>Adds this extension's stages to <paramref name="builder"/>.</summary>
    void Setup(ExtractionPipelineBuilder builder);
}
