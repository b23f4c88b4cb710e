using Graph.Model;

namespace Graph.Extraction.Resources;

/// <summary>One fact trigger of the verb lexicon.</summary>
/// <param name="Pattern">The pattern as written ("cut * ties with").</param>
/// <param name="HeadForms">Surface forms of the first word (inflections of a verb, or the word itself).</param>
/// <param name="Rest">The following words, lower case; "*" allows up to three words in between.</param>
/// <param name="Predicate">The predicate it reports.</param>
/// <param name="Form">Where actor and target are found.</param>
/// <param name="Confidence">Confidence given to facts it yields.</param>
public sealed record VerbPattern(
    string Pattern, IReadOnlySet<string> HeadForms, IReadOnlyList<string> Rest, Predicate Predicate, VerbForm Form, double Confidence);
