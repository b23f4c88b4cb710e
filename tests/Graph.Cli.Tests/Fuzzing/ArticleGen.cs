using System.Text;
using CsCheck;

namespace Graph.Cli.Tests.Fuzzing;

/// <summary>
/// Random and adversarial article files: plain sentences that name countries, people and actions (so the
/// graph has entities and facts to export) laced with random Unicode, control characters, lone surrogates and
/// noncharacters; huge lines; deeply nested HTML; malformed front matter; invalid JSON; mixed and foreign
/// encodings; and plain random bytes.
/// </summary>
internal static class ArticleGen
{
    private static readonly string[] Names =
        ["Ruritania", "Borduria", "Syldavia", "Strelsau", "Anna Kovacs", "Marek Novak", "the United Nations", "Klow", "the Army of Zenda"];

    private static readonly string[] Verbs =
        ["attacked", "met", "imposed sanctions on", "criticized", "signed an agreement with", "accused", "visited", "threatened", "praised", "is the president of"];

    private static readonly string[] Hostile =
        ["\u0000", "\u0001", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u009f", "\r", "\r\n", "\t", "\v", "\f", "\uFEFF", "\u200B", "\u202E", "\u2028", "\u2029",
         "\uD800", "\uDC00", "\uFFFE", "\uFFFF", "\uFDD0", "e\u0301", "\U0001F680", "\U0010FFFF", "<", "&amp;", "]]>", "\"", "'", "\\", "`", "${x}", "%", "#", "//", "--", "_:b0", "<http://x/>", "\"\"\"", "@prefix"];

    // A code point from anywhere, surrogates and noncharacters included, as UTF-16.
    private static Gen<string> AnyChar { get; } = Gen.Frequency(
        (3, Gen.Char['\0', '\uFFFF'].Select(c => c.ToString())),
        (2, Gen.OneOf(Hostile.Select(Gen.Const).ToArray())),
        (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)));

    private static Gen<string> Word { get; } = Gen.Frequency(
        (5, Gen.OneOf(Names.Select(Gen.Const).ToArray())),
        (3, Gen.OneOf(Verbs.Select(Gen.Const).ToArray())),
        (2, Gen.Char['a', 'z'].Array[1, 12].Select(a => new string(a))),
        (2, AnyChar),
        (1, Gen.Select(Gen.OneOf(Names.Select(Gen.Const).ToArray()), AnyChar, Gen.Int[0, 8], (n, c, i) => n.Insert(Math.Min(i, n.Length), c))));

    private static Gen<string> Sentence { get; } = Word.Array[2, 14].Select(w => string.Join(' ', w) + ".");

    private static Gen<string> Paragraph { get; } = Sentence.Array[1, 5].Select(s => string.Join(' ', s));

    /// <summary>A headline line, then paragraphs separated by blank lines, any of them hostile.</summary>
    private static Gen<string> Text { get; } = Gen.Select(Sentence, Paragraph.Array[0, 5], (title, body) => title + "\n\n" + string.Join("\n\n", body));

    private static Gen<string> HugeLine { get; } = Gen.Select(Sentence, Gen.Int[2_000, 40_000], Gen.Bool,
        (s, n, spaces) => spaces ? string.Concat(Enumerable.Repeat(s + " ", (n / (s.Length + 1)) + 1)) : new string('x', n) + s);

    private static Gen<ArticleFile> Markdown { get; } = Gen.Select(
        Gen.OneOf(
            Gen.Const("---\ntitle: Ruritania\ndate: 2017-06-05\n---\n"),
            Gen.Const("---\ntitle: \"unclosed\ndate: 2017-13-45\n---\n"),
            Gen.Const("---\n- just\n- a list\n---\n"),
            Gen.Const("---\ntitle: [a, {b: c}]\ndate: *alias\n"),
            Gen.Const("---\ntitle: a\ntitle: b\n\tdate: tab\n---\n"),
            Gen.Const("---\n---\n"),
            Gen.Const("---\ntitle: !!binary AAAA\nsource_url: \u0001\n---\n"),
            AnyChar.Array[0, 40].Select(c => "---\ntitle: " + string.Concat(c) + "\ndate: " + string.Concat(c.Reverse()) + "\n---\n")),
        Text,
        (front, body) => new ArticleFile(".md", Utf8(front + body)));

    private static Gen<ArticleFile> Json { get; } = Gen.Select(Sentence, Paragraph, Gen.Int[0, 9], (title, body, shape) => new ArticleFile(".json", Utf8(shape switch
        {
            0 => $"{{\"title\": {Quote(title)}, \"body\": {Quote(body)}, \"published\": \"2017-06-05\"}}",
            1 => $"{{\"title\": {Quote(title)}, \"body\": {Quote(body)}",
            2 => $"{{\"title\": 5, \"body\": [{Quote(body)}]}}",
            3 => "[" + Quote(body) + "]",
            4 => new string('[', 5000) + new string(']', 5000),
            5 => $"{{\"body\": {Quote(body)}, \"published\": \"not a date\", \"url\": \"\\u0000\"}}",
            6 => $"{{\"title\": {Quote(title)}, /* comment */ \"body\": {Quote(body)}}}",
            7 => $"{{\"body\": \"\\uD800 lone \\uDFFF {body.Replace("\"", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal)}\"}}",
            8 => "",
            _ => "{\"title\": null, \"body\": null}",
        })));

    private static Gen<ArticleFile> Html { get; } = Gen.Select(Paragraph, Gen.Int[0, 3000], Gen.Int[0, 3], (text, depth, shape) =>
    {
        var html = new StringBuilder("<html><head><title>").Append(text[..Math.Min(40, text.Length)]).Append("</title></head><body>");
        string open = shape switch { 0 => "<div>", 1 => "<table><tr><td>", 2 => "<b><i>", _ => "<p>" };
        for (int i = 0; i < depth; i++)
        {
            html.Append(open);
        }

        html.Append("<p>").Append(text).Append("</p><script>var x = '</p>';</script><!-- unclosed");
        return new ArticleFile(".html", Utf8(html.ToString()));
    });

    // Foreign and broken encodings: UTF-16 with a byte-order mark, Latin-1 bytes inside UTF-8, a UTF-8 BOM, NUL bytes.
    private static Gen<ArticleFile> Encoded { get; } = Gen.Select(Text, Gen.Int[0, 3], (text, kind) => kind switch
    {
        0 => new ArticleFile(".txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]),
        1 => new ArticleFile(".txt", [.. Utf8(text), .. Encoding.Latin1.GetBytes("caf\u00e9 na\u00efve"), .. Utf8(text)]),
        2 => new ArticleFile(".md", [.. Encoding.UTF8.GetPreamble(), .. Utf8(text)]),
        _ => new ArticleFile(".txt", [.. Utf8(text), 0, 0, .. Utf8(text)]),
    });

    // Declared last: static initializers run in order, and these use every generator above.
    /// <summary>One article file: its extension and its bytes.</summary>
    public static Gen<ArticleFile> File { get; } = Gen.Frequency(
        (4, Text.Select(t => new ArticleFile(".txt", Utf8(t)))),
        (2, Markdown),
        (2, Json),
        (2, Html),
        (1, HugeLine.Select(t => new ArticleFile(".txt", Utf8(t)))),
        (1, Encoded),
        (1, Gen.Select(Gen.OneOf(Gen.Const(".txt"), Gen.Const(".md"), Gen.Const(".json"), Gen.Const(".html")), Gen.Byte.Array[0, 400], (e, b) => new ArticleFile(e, b))));

    /// <summary>One to three files.</summary>
    public static Gen<ArticleFile[]> Files { get; } = File.Array[1, 3];

    private static string Quote(string text) => Newtonsoft.Json.JsonConvert.ToString(text);

    // Lone surrogates cannot be encoded as UTF-8; the encoder writes U+FFFD for them, as any editor would.
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
