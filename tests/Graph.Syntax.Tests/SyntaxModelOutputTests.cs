using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Graph.Syntax.Training;
using Graph.Testing;

namespace Graph.Syntax.Tests;

/// <summary>
/// Pins every output of the shipped model (forms, offsets, tags, lemmas, heads, relations) over UD English EWT dev
/// and test, from the gold words and from each sentence's raw text, as one SHA-256: work on the speed of the tagger
/// or the parser must leave it unchanged. Retraining the model or changing a repair of its trees (<c>AppositiveNames</c>, <c>MarkedArguments</c>, <c>CoordinatedAdjectives</c>, <c>OpeningPhraseSubjects</c>, <c>FiniteVerbModifiers</c>, <c>NameLists</c>) or the plain reading of curled quotes
/// changes it, and then the new value is recorded here.
/// </summary>
public class SyntaxModelOutputTests
{
    private const string Recorded = "A6C174D7226941BA2B5B51F200C224EB1EC713A4AF1B8C776904A5F33138F65A";

    [SkippableFact]
    public void Parse_EwtDevAndTest_GivesTheRecordedOutput()
    {
        string? shared = RepositoryPaths.Shared;
        string? folder = shared is null ? null : Path.Combine(shared, "nlp", "ud-ewt");
        Skip.If(folder is null || !File.Exists(Path.Combine(folder, "en_ewt-ud-dev.conllu")), "UD English EWT is not in ../shared/nlp/ud-ewt");

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        int words = 0;
        foreach (string name in new[] { "en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu" })
        {
            foreach (var sentence in ConlluReader.ReadFile(Path.Combine(folder!, name)))
            {
                words += Append(hash, SyntaxModel.Default.Parse(sentence.Words.Select(w => w.Form).ToArray()));
                if (sentence.Text is not null)
                {
                    words += Append(hash, SyntaxModel.Default.Parse(sentence.Text, 0, sentence.Text.Length));
                }
            }
        }

        Assert.True(words > 100_000, $"only {words} words parsed");
        string actual = Convert.ToHexString(hash.GetHashAndReset());
        Assert.True(actual == Recorded, $"the model's output changed: SHA-256 {actual}, recorded {Recorded}");
    }

    private static int Append(IncrementalHash hash, ParsedSentence sentence)
    {
        var text = new StringBuilder();
        foreach (var t in sentence.Tokens)
        {
            text.Append(CultureInfo.InvariantCulture, $"{t.Form}\t{t.Start}\t{t.End}\t{t.Lemma}\t{t.Upos}\t{t.Xpos}\t{t.Head}\t{t.Relation}\n");
        }

        text.Append('\n');
        hash.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
        return sentence.Tokens.Count;
    }
}
