using Graph.Extraction.Resources;

namespace Graph.Extraction;

/// <summary>
/// Mutable description of a pipeline: the data to use and the extensions, in order. <see cref="Build"/>
/// freezes it into an immutable <see cref="ExtractionPipeline"/>.
/// </summary>
public sealed class ExtractionPipelineBuilder
{
    /// <summary>The data stages read (gazetteer, lexicon); the built-in data unless replaced.</summary>
    public ExtractionResources Resources { get; set; } = ExtractionResources.Default;

    /// <summary>Extensions, in the order their stages run.</summary>
    public IList<IExtractionExtension> Extensions { get; } = [];

    /// <summary>Stages registered by the extensions during <see cref="Build"/>; extensions may insert before others.</summary>
    public IList<IExtractionStage> Stages { get; } = [];

    /// <summary>Adds an extension of type <typeparamref name="T"/> unless one is present.</summary>
    public ExtractionPipelineBuilder Use<T>()
        where T : IExtractionExtension, new()
    {
        if (!Extensions.OfType<T>().Any())
        {
            Extensions.Add(new T());
        }

        return this;
    }

    /// <summary>Runs every extension's setup and returns the immutable pipeline.</summary>
    public ExtractionPipeline Build()
    {
        Stages.Clear();
        foreach (IExtractionExtension extension in Extensions)
        {
            extension.Setup(this);
        }

        return new ExtractionPipeline(Resources, [.. Stages]);
    }
}
