using Graph.Extraction.Mentions;
using Graph.Extraction.Resources;

namespace Graph.Extraction.Facts;

/// <summary>A lexicon pattern matched in a sentence, with the actors and targets found for it.</summary>
internal sealed class Trigger
{
    public required VerbPattern Pattern { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public bool IsPassive => Pattern.Form == VerbForm.Passive;

    public Coordination? Subject { get; set; }

    public Coordination? Object { get; set; }
}
