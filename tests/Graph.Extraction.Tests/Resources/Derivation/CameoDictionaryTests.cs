using Graph.Extraction.Resources.Derivation;

namespace Graph.Extraction.Tests.Resources.Derivation;

public sealed class CameoDictionaryTests
{
    // The verb dictionary's syntax in small: synsets (one without plurals), a block with irregular forms, a
    // multi-word verb, a verb with its own code, patterns with markers, paired and reverse codes, a comment
    // line, a malformed pattern and a transformation.
    internal const string Snippet = """
        # CAMEO VERB PATTERN DICTIONARY (test)
        ####### SYNONYM SETS #######

        &SANCTION
        +SANCTION
        +EMBARGO
        +TRADE_BAN

        &AUXVERB_
        +WAS

        ####### VERB PATTERNS #######

        ---  IMPOSE   [---]  ---
        IMPOSE
        SLAP {SLAPS SLAPPED SLAPPING }  # jw 11/14/91
        +CALL_OFF {+CALLED_OFF +CALLS_OFF +CALLING_OFF} [160]
        - * &SANCTION (ON +)                                  [163]         # IMPOSE , SLAP
        - * SANCTIONS                                         [163]         # SLAP
        - $ * (TO +)                                          [042:043]     # IMPOSE
        - * (IN COURT)                                        [:173]        # IMPOSE
        - * {HEAVY TOLL}                                      [---]         # IMPOSE
        - * ATTACK (ON ^) ^)[111]
        # a comment line between patterns
        ---  VISIT   [042]  ---
        VISIT
        RECONVENE[---]
        - * +                                                 [042]
        ~ a (a b ATTACK) SAY = a b 015
        """;

    [Fact]
    public void Parse_ReadsSynsetsWithTheirMembersAsWritten()
    {
        CameoDictionary dictionary = CameoDictionary.Parse(Snippet);

        Assert.Equal(["SANCTION", "EMBARGO", "TRADE_BAN"], dictionary.Synsets["SANCTION"]);
        Assert.Equal(["WAS"], dictionary.Synsets["AUXVERB_"]);
    }

    [Fact]
    public void Parse_ReadsBlocksWithCodeVerbsAndPatterns()
    {
        CameoDictionary dictionary = CameoDictionary.Parse(Snippet);

        Assert.Equal(["IMPOSE", "VISIT"], dictionary.Blocks.Select(b => b.Name));
        CameoVerbBlock impose = dictionary.Blocks[0];
        Assert.Null(impose.Code.Forward);
        Assert.Equal(["impose", "slap", "call_off"], impose.Verbs.Select(v => v.Written));
        Assert.Equal(6, impose.Patterns.Count);
        Assert.Equal("042", dictionary.Blocks[1].Code.Forward);
        Assert.Equal(1, dictionary.Transformations);
    }

    [Fact]
    public void Parse_VerbLine_KeepsInflectedFormsOwnCodeAndTheMarkedVerbOfAPhrase()
    {
        CameoVerbBlock impose = CameoDictionary.Parse(Snippet).Blocks[0];

        CameoVerb slap = impose.Verbs[1];
        Assert.Equal(["slaps", "slapped", "slapping"], slap.Forms);
        Assert.Null(slap.Code);
        CameoVerb callOff = impose.Verbs[2];
        Assert.Equal("call", callOff.Verb);
        Assert.Equal(["off"], callOff.AfterVerb);
        Assert.Equal("160", callOff.Code!.Forward);
        Assert.Null(CameoDictionary.Parse(Snippet).Blocks[1].Verbs[1].Code!.Forward);
    }

    [Fact]
    public void Parse_PatternLines_KeepLineNumbersCodesAndTheVerbsTheirCommentNames()
    {
        CameoVerbBlock impose = CameoDictionary.Parse(Snippet).Blocks[0];

        CameoPattern first = impose.Patterns[0];
        Assert.Equal(18, first.Line);
        Assert.Equal(["impose", "slap"], first.NamedVerbs);
        Assert.Equal("163", first.Code.Forward);
        CameoPattern paired = impose.Patterns[2];
        Assert.Equal(("042", "043"), (paired.Code.Forward, paired.Code.Reverse));
        Assert.Equal([PatternElementKind.Source], paired.BeforeVerb.Select(e => e.Kind));
        CameoPattern reverse = impose.Patterns[3];
        Assert.Equal((null, "173"), (reverse.Code.Forward, reverse.Code.Reverse));
        Assert.Null(impose.Patterns[4].Code.Forward);
        Assert.NotNull(impose.Patterns[5].Error);
    }

    [Fact]
    public void Parse_NoteInAComment_NamesNoVerb()
    {
        CameoVerbBlock visit = CameoDictionary.Parse("---  VISIT   [042]  ---\nVISIT\n- * TRIP  [042]  # OY 14 Mar 2006\n").Blocks[0];

        Assert.Empty(visit.Patterns[0].NamedVerbs);
    }
}
