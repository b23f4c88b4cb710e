using Graph.Syntax;

namespace Graph.Extraction.Parsing;

/// <summary>
/// Parses every sentence into Universal Dependencies (tags, lemmas, heads, relations) with the trained
/// model; later stages read grammatical relations instead of word order. Any length is parsed (the
/// parser is linear), so no sentence is dropped here. Outside the headline, a run of proper nouns is parsed as
/// one word (<see cref="SyntaxModel.Parse(string, int, int, bool)"/>): news titles and names are longer than the
/// treebank's, and a headline in title case would be one run. The trained name recognizer then reads each parse
/// for person, organization and location names, which the mention stage adds where its own rules find nothing.
/// </summary>
public sealed class SyntaxStage : IExtractionStage
{
    private readonly SyntaxModel _model;
    private readonly NameModel _names;

    /// <summary>Creates the stage with a syntax model and a name model (the built-in ones unless given).</summary>
    public SyntaxStage(SyntaxModel? model = null, NameModel? names = null)
    {
        _model = model ?? SyntaxModel.Default;
        _names = names ?? NameModel.Default;
    }

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (int i = 0; i < context.Sentences.Count; i++)
        {
            var sentence = context.Sentences[i];
            var parse = _model.Parse(context.Text, sentence.Span.Start, sentence.Span.End, namesAsWords: !sentence.IsHeadline);
            context.Sentences[i] = sentence with
            {
                Parse = parse,
                Names = _names.Recognize(parse),
                CapitalizedVerbs = sentence.IsHeadline || IsMostlyCapitalized(parse) ? CapitalizedVerbs(parse) : sentence.CapitalizedVerbs,
            };
        }
    }

    /// <summary>
    /// A line of three words or more whose words of five letters or more are nearly all capitalized: a title-case heading or
    /// subtitle, not a sentence full of titles and names ("Deputy Adviser Jon Roe traveled to Tunis and met ...").
    /// </summary>
    private static bool IsMostlyCapitalized(ParsedSentence parse)
    {
        int words = 0, capitalized = 0;
        foreach (SyntaxToken token in parse.Tokens)
        {
            if (token.Form.Length > 4 && char.IsLetter(token.Form[0]))
            {
                words++;
                capitalized += char.IsUpper(token.Form[0]) ? 1 : 0;
            }
        }

        return words >= 3 && capitalized >= 0.9 * words;
    }

    /// <summary>
    /// Where the capitalized words after the first start that read as a verb in the present or past tense on their own
    /// ("She transmits it.") in an inflected form: a title-case headline's capitalized words hide whether they are names, and the headline
    /// read in lower case misleads the tagger as much. A word the name lexicon knows as a given name or surname is left
    /// out ("Waters", "Mark").
    /// </summary>
    private HashSet<int> CapitalizedVerbs(ParsedSentence parse)
    {
        var verbs = new HashSet<int>();
        foreach (SyntaxToken token in parse.Tokens.Skip(1))
        {
            if (token.Form.Length < 3 || !char.IsUpper(token.Form[0]) || !token.Form.Skip(1).All(char.IsLower)
                || (_names.Lexicon.ClassOf(token.Form) & (NameWordClass.GivenName | NameWordClass.Surname)) != 0)
            {
                continue;
            }

            // An inflected form of a word the tagger knows ("transmits", "promised", "met"): an unknown word ("Holm",
            // "Tomas") the tagger would guess a verb in this frame is no verb it knows, nor is an unknown form a
            // suffix rule takes far from its stem ("Saied" as "say").
            string lower = token.Form.ToLowerInvariant();
            if (_model.Parse(["She", lower, "it", "."]).Tokens[1] is { Xpos: "VBZ" or "VBD" } read && read.Lemma != lower && _model.KnowsWord(read.Lemma)
                && (_model.KnowsWord(lower) || lower.StartsWith(read.Lemma[..^1], StringComparison.Ordinal)))
            {
                verbs.Add(token.Start);
            }
        }

        return verbs;
    }
}
