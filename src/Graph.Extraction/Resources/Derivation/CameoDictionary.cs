using System.Text.RegularExpressions;

namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// The CAMEO verb dictionary of PETRARCH2 (<c>CAMEO.2.0.txt</c>), read: synonym sets (<c>&amp;NAME</c> then
/// <c>+member</c> lines), then verb blocks (<c>--- NAME [code] ---</c>, verb lines, <c>-</c> pattern lines),
/// then verb transformations (<c>~</c> lines, counted and not used). <c>#</c> starts a comment.
/// Lines that cannot be read are kept with their error, so a reader of the result can count them.
/// </summary>
/// <param name="Synsets">Members of each synonym set, as written (upper case, <c>_</c> between words, a final
/// <c>_</c> when no plural is to be formed), by name without <c>&amp;</c>.</param>
/// <param name="Blocks">The verb blocks in file order.</param>
/// <param name="Transformations">How many transformation lines were passed over.</param>
internal sealed partial record CameoDictionary(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Synsets, IReadOnlyList<CameoVerbBlock> Blocks, int Transformations)
{
    /// <summary>Reads the dictionary text.</summary>
    public static CameoDictionary Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var synsets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var blocks = new List<CameoVerbBlock>();
        List<string>? synset = null;
        BlockBuilder? block = null;
        int transformations = 0;
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNumber = i + 1;
            string raw = lines[i].TrimEnd('\r');
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                if (block is not null)
                {
                    blocks.Add(block.Build());
                }

                block = BlockBuilder.FromHeader(lineNumber, line);
            }
            else if (line.StartsWith('~'))
            {
                transformations++;
            }
            else if (block is null)
            {
                // Before the first verb block: the synonym sets.
                string content = StripComment(line).Trim();
                if (content.StartsWith('&'))
                {
                    synset = [];
                    synsets[content[1..].Trim().ToUpperInvariant()] = synset;
                }
                else if (content.StartsWith('+') && synset is not null && content.Length > 1)
                {
                    synset.Add(content[1..].Trim().ToUpperInvariant());
                }
            }
            else if (line.StartsWith('-'))
            {
                block.Patterns.Add(CameoPatternParser.Parse(lineNumber, line));
            }
            else if (ParseVerb(lineNumber, line) is { } verb)
            {
                block.Verbs.Add(verb);
            }
        }

        if (block is not null)
        {
            blocks.Add(block.Build());
        }

        return new CameoDictionary(
            synsets.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal), blocks, transformations);
    }

    // A verb line: PRIMARY {inflected forms} [code] # comment. The forms are not needed: lemmas are kept.
    private static CameoVerb? ParseVerb(int lineNumber, string line)
    {
        string withoutComment = StripComment(line);
        Match braces = InflectedForms().Match(withoutComment);
        string[] forms = braces.Success
            ? [.. braces.Value.Trim('{', '}').Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries).Select(f => f.Replace("+", string.Empty, StringComparison.Ordinal).ToLowerInvariant())]
            : [];
        string content = InflectedForms().Replace(withoutComment, " ");
        CameoCode? code = null;
        Match bracket = Code().Match(content);
        if (bracket.Success)
        {
            code = CameoCode.Parse(bracket.Groups[1].Value);
            content = content.Remove(bracket.Index, bracket.Length);
        }

        string[] tokens = content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return null;
        }

        string[] words = tokens[0].ToLowerInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries);
        int verbIndex = Math.Max(0, Array.FindIndex(words, w => w.StartsWith('+')));
        words = [.. words.Select(w => w.TrimStart('+'))];
        return words.Length == 0 || words[verbIndex].Length == 0 ? null : new CameoVerb(lineNumber, words, verbIndex, forms, code);
    }

    private static string StripComment(string line)
    {
        int hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }

    [GeneratedRegex(@"\{[^}]*\}?")]
    private static partial Regex InflectedForms();

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex Code();

    private sealed class BlockBuilder(int line, string name, CameoCode code)
    {
        public List<CameoVerb> Verbs { get; } = [];

        public List<CameoPattern> Patterns { get; } = [];

        // --- NAME [code] ---  (the closing dashes sometimes touch the code: "[120]---").
        public static BlockBuilder FromHeader(int line, string header)
        {
            Match bracket = Code().Match(header);
            string name = header.Trim('-', ' ', '\t');
            name = (bracket.Success ? header[..bracket.Index] : name).Trim('-', ' ', '\t');
            return new BlockBuilder(line, name, bracket.Success ? CameoCode.Parse(bracket.Groups[1].Value) : CameoCode.Null);
        }

        public CameoVerbBlock Build() => new(line, name, code, Verbs, Patterns);
    }
}
