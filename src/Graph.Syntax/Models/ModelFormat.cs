using System.IO.Compression;
using System.Text;
using Graph.Syntax.Features;
using Graph.Syntax.Lemmatization;
using Graph.Syntax.Parsing;
using Graph.Syntax.Tagging;

namespace Graph.Syntax.Models;

/// <summary>
/// The binary model file: the magic <c>GSYN</c> and a version, then a Brotli-compressed body with the tag and label
/// sets, the tag dictionary and ambiguity classes, the lemmatizer tables and the weight tables of the tagger's
/// two passes and of the parser. Weights are stored as 16-bit floats and
/// each table column by column (keys as deltas, then row lengths, classes, weights), which compresses well.
/// </summary>
internal static class ModelFormat
{
    private const int Version = 5;
    private static readonly byte[] Magic = "GSYN"u8.ToArray();

    /// <summary>Writes a model; the same model always gives the same bytes.</summary>
    public static void Write(Stream stream, TagSet tags, Tagger tagger, Lemmatizer lemmatizer, Parser parser)
    {
        stream.Write(Magic);
        stream.Write(BitConverter.GetBytes(Version));
        using var brotli = new BrotliStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var w = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        w.Write(tags.Count);
        for (int i = 0; i < tags.Count; i++)
        {
            w.Write(tags.Upos[i]);
            w.Write(tags.Xpos[i]);
        }

        w.Write(parser.Labels.Count);
        foreach (string label in parser.Labels)
        {
            w.Write(label);
        }

        var dictionary = tagger.Dictionary.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        w.Write(dictionary.Count);
        foreach (var (word, tag) in dictionary)
        {
            w.Write(word);
            w.Write7BitEncodedInt(tag);
        }

        var classes = tagger.Classes.Table.OrderBy(p => p.Key).ToList();
        w.Write(classes.Count);
        foreach (var (word, hash) in classes)
        {
            w.Write(word);
            w.Write(hash);
        }

        var exact = lemmatizer.Exact.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        w.Write(exact.Count);
        foreach (var (key, lemma) in exact)
        {
            w.Write(key);
            w.Write(lemma);
        }

        var rules = lemmatizer.Rules.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        w.Write(rules.Count);
        foreach (var (key, rule) in rules)
        {
            w.Write(key);
            w.Write7BitEncodedInt(rule.Cut);
            w.Write(rule.Append);
        }

        WriteTable(w, tagger.Weights);
        w.Write(tagger.SecondPass is not null);
        if (tagger.SecondPass is not null)
        {
            WriteTable(w, tagger.SecondPass);
        }

        WriteTable(w, parser.Weights);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of this version.</exception>
    public static (TagSet Tags, Tagger Tagger, Lemmatizer Lemmatizer, Parser Parser) Read(Stream stream)
    {
        Span<byte> header = stackalloc byte[8];
        stream.ReadExactly(header);
        if (!header[..4].SequenceEqual(Magic) || BitConverter.ToInt32(header[4..]) != Version)
        {
            throw new InvalidDataException("not a syntax model of version " + Version);
        }

        // A buffer keeps the many small reads below off the decompressor without holding the whole body at once.
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var body = new BufferedStream(brotli, 1 << 16);
        using var r = new BinaryReader(body, Encoding.UTF8);
        int tagCount = r.ReadInt32();
        var pairs = new List<(string, string)>(tagCount);
        for (int i = 0; i < tagCount; i++)
        {
            pairs.Add((r.ReadString(), r.ReadString()));
        }

        var tags = new TagSet(pairs);
        int labelCount = r.ReadInt32();
        var labels = new string[labelCount];
        for (int i = 0; i < labelCount; i++)
        {
            labels[i] = r.ReadString();
        }

        int dictionaryCount = r.ReadInt32();
        var dictionary = new Dictionary<string, int>(dictionaryCount, StringComparer.Ordinal);
        for (int i = 0; i < dictionaryCount; i++)
        {
            dictionary[r.ReadString()] = r.Read7BitEncodedInt();
        }

        int classCount = r.ReadInt32();
        var classes = new Dictionary<ulong, ulong>(classCount);
        for (int i = 0; i < classCount; i++)
        {
            classes[r.ReadUInt64()] = r.ReadUInt64();
        }

        int exactCount = r.ReadInt32();
        var exact = new Dictionary<string, string>(exactCount, StringComparer.Ordinal);
        for (int i = 0; i < exactCount; i++)
        {
            exact[r.ReadString()] = r.ReadString();
        }

        int ruleCount = r.ReadInt32();
        var rules = new Dictionary<string, SuffixRule>(ruleCount, StringComparer.Ordinal);
        for (int i = 0; i < ruleCount; i++)
        {
            rules[r.ReadString()] = new SuffixRule(r.Read7BitEncodedInt(), r.ReadString());
        }

        var taggerWeights = ReadTable(r);
        var secondPass = r.ReadBoolean() ? ReadTable(r) : null;
        var parserWeights = ReadTable(r);
        return (tags, new Tagger(tags, taggerWeights, secondPass, dictionary, new AmbiguityClasses(classes)), new Lemmatizer(exact, rules), new Parser(labels, parserWeights));
    }

    /// <summary>Writes a weight table column by column: key deltas, row lengths, classes, 16-bit weights.</summary>
    internal static void WriteTable(BinaryWriter w, WeightTable table)
    {
        var rows = table.Rows().ToList();
        w.Write(table.Classes);
        w.Write(table.KeyBits);
        w.Write(rows.Count);
        ulong previous = 0;
        foreach (var (key, _) in rows)
        {
            w.Write7BitEncodedInt64((long)(key - previous));
            previous = key;
        }

        foreach (var (_, row) in rows)
        {
            w.Write7BitEncodedInt(row.Length);
        }

        foreach (var (_, row) in rows)
        {
            foreach (var entry in row)
            {
                w.Write7BitEncodedInt(entry.Class);
            }
        }

        foreach (var (_, row) in rows)
        {
            foreach (var entry in row)
            {
                w.Write((Half)entry.Weight);
            }
        }
    }

    /// <summary>Reads a table written by <see cref="WriteTable"/>.</summary>
    internal static WeightTable ReadTable(BinaryReader r)
    {
        int classes = r.ReadInt32();
        int keyBits = r.ReadInt32();
        int count = r.ReadInt32();
        var keys = new ulong[count];
        ulong previous = 0;
        for (int i = 0; i < count; i++)
        {
            previous += (ulong)r.Read7BitEncodedInt64();
            keys[i] = previous;
        }

        var lengths = new int[count];
        long total = 0;
        for (int i = 0; i < count; i++)
        {
            lengths[i] = r.Read7BitEncodedInt();
            total += lengths[i];
        }

        // Classes first, then weights: each entry takes its class, then its weight, with no column in between.
        var entries = new WeightTable.Entry[total];
        for (long j = 0; j < total; j++)
        {
            int id = r.Read7BitEncodedInt();
            if (id < 0 || id >= classes)
            {
                throw new InvalidDataException("a weight's class is out of range");
            }

            entries[j] = new WeightTable.Entry(id, 0f);
        }

        for (long j = 0; j < total; j++)
        {
            entries[j] = entries[j] with { Weight = (float)r.ReadHalf() };
        }

        return new WeightTable(classes, keyBits, keys, lengths, entries);
    }
}
