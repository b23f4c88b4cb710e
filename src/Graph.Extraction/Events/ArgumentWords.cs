using Graph.Extraction.Resources;

namespace Graph.Extraction.Events;

/// <summary>The word lists argument finding reads, from the lexicon's function words.</summary>
/// <param name="Support">Light verbs that lend their subject to an event noun ("launched an offensive").</param>
/// <param name="StandIn">Nouns whose "of" phrase names who they stand for ("the government of Iraq", "the security of Poland").</param>
/// <param name="Participants">Plural nouns that can stand for a meeting's participants ("European leaders").</param>
/// <param name="Recourse">Verbs whose "to" phrase is their subject's own act ("turned to attacks", "resorted to strikes").</param>
/// <param name="Naming">Verbs that, with a complement, name or describe their object rather than act on it ("called the decision regrettable").</param>
/// <param name="Claimed">Nouns a verb claims an act with, the act in their "for" phrase ("claimed responsibility for the attack").</param>
/// <param name="Inviting">Nouns of asking whose "to" phrase names who is asked to act ("an invitation to X to visit").</param>
/// <param name="Undergone">Nouns whose possessor or "of" phrase undergoes the act ("X's release"), so is no one it is asked of.</param>
internal sealed record ArgumentWords(
    IReadOnlySet<string> Support,
    IReadOnlySet<string> StandIn,
    IReadOnlySet<string> Participants,
    IReadOnlySet<string> Recourse,
    IReadOnlySet<string> Naming,
    IReadOnlySet<string> Claimed,
    IReadOnlySet<string> Inviting,
    IReadOnlySet<string> Undergone)
{
    public static ArgumentWords From(Lexicon lexicon) =>
        new(lexicon.FunctionWords("support"), lexicon.FunctionWords("stand-in"), lexicon.FunctionWords("participants"), lexicon.FunctionWords("recourse"),
            lexicon.FunctionWords("naming"), lexicon.FunctionWords("claimed"), lexicon.FunctionWords("inviting"),
            lexicon.FunctionWords("undergone"));
}
