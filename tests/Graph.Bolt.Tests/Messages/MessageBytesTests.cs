using Graph.Bolt.Framing;
using Graph.Bolt.Messages;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Tests.Messages;

/// <summary>
/// The bytes of each request the push and query paths send, written by hand from the Bolt and PackStream
/// specifications (structure marker B0+fields, message tag, then each field: tiny string 80+length, tiny map
/// A0+entries, tiny list 90+items, tiny int as itself, -1 as FF), not produced by the client's own encoder.
/// </summary>
public sealed class MessageBytesTests
{
    public static TheoryData<string, string> Messages => new()
    {
        // COMMIT 0x12, ROLLBACK 0x13, RESET 0x0F, GOODBYE 0x02: no fields.
        { "COMMIT", "B012" },
        { "ROLLBACK", "B013" },
        { "RESET", "B00F" },
        { "GOODBYE", "B002" },

        // PULL 0x3F {n: -1}: one map entry, "n" (81 6E) = -1 (FF); qid -1 (the last statement) is left out.
        { "PULL all", "B13F" + "A1" + "816E" + "FF" },

        // PULL {n: 1000, qid: 0}: 1000 needs INT_16 (C9 03E8).
        { "PULL 1000 of statement 0", "B13F" + "A2" + "816E" + "C903E8" + "83716964" + "00" },

        // BEGIN 0x11 {}: a write transaction on the home database sends an empty map.
        { "BEGIN", "B111" + "A0" },

        // BEGIN {db: "neo4j"}.
        { "BEGIN db", "B111" + "A1" + "826462" + "856E656F346A" },

        // BEGIN {mode: "r"}: a read transaction.
        { "BEGIN read", "B111" + "A1" + "846D6F6465" + "8172" },

        // RUN 0x10 "RETURN $x" {x: 1} {}: three fields.
        { "RUN", "B310" + "89" + "52455455524E202478" + "A1" + "8178" + "01" + "A0" },

        // RUN with a list of one map, as the push sends rows: {rows: [{id: "a"}]}.
        { "RUN rows", "B310" + "81" + "52" + "A1" + "84726F7773" + "91" + "A1" + "826964" + "8161" + "A0" },

        // LOGON 0x6A {scheme: "basic", principal: "neo4j", credentials: "pw"}.
        { "LOGON", "B16A" + "A3" + "86736368656D65" + "856261736963" + "897072696E636970616C" + "856E656F346A" + "8B63726564656E7469616C73" + "827077" },

        // HELLO 0x01 (Bolt 5.3+) {user_agent: "g/1", bolt_agent: {product, platform, language, language_details}}:
        // "language_details" has 16 characters, one past a tiny string, so it takes STRING_8 (D0 10).
        { "HELLO", "B101" + "A2" + "8A757365725F6167656E74" + "83672F31"
            + "8A626F6C745F6167656E74" + "A4" + "8770726F64756374" + "8170" + "88706C6174666F726D" + "816C"
            + "886C616E6775616765" + "824323" + "D0106C616E67756167655F64657461696C73" + "8164" },

        // HELLO (Bolt 4.4) {user_agent, routing: {address: "h:1"}, patch_bolt: ["utc"], scheme, principal, credentials}.
        { "HELLO 4.4", "B101" + "A6" + "8A757365725F6167656E74" + "83672F31"
            + "87726F7574696E67" + "A1" + "8761646472657373" + "83683A31"
            + "8A70617463685F626F6C74" + "91" + "83757463"
            + "86736368656D65" + "856261736963" + "897072696E636970616C" + "856E656F346A" + "8B63726564656E7469616C73" + "827077" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Message_IsWrittenAsTheSpecificationSpellsIt(string name, string expected)
    {
        Assert.Equal(expected, Write(Message(name)));
    }

    private static IRequestMessage Message(string name) => name switch
    {
        "COMMIT" => CommitMessage.Instance,
        "ROLLBACK" => RollbackMessage.Instance,
        "RESET" => ResetMessage.Instance,
        "GOODBYE" => GoodbyeMessage.Instance,
        "PULL all" => PullMessage.All,
        "PULL 1000 of statement 0" => new PullMessage(1000, 0),
        "BEGIN" => new BeginMessage(TransactionExtra.Default),
        "BEGIN db" => new BeginMessage(TransactionExtra.Default with { Database = "neo4j" }),
        "BEGIN read" => new BeginMessage(TransactionExtra.Default with { AccessMode = AccessMode.Read }),
        "RUN" => new RunMessage("RETURN $x", new Dictionary<string, object?> { ["x"] = 1L }, null),
        "RUN rows" => new RunMessage("R", new Dictionary<string, object?> { ["rows"] = new List<object?> { new Dictionary<string, object?> { ["id"] = "a" } } }, null),
        "LOGON" => new LogonMessage(AuthTokens.Basic("neo4j", "pw")),
        "HELLO" => new HelloMessage("g/1", null, new BoltAgent("p", "l", "C#", "d"), null, PatchUtc: false),
        "HELLO 4.4" => new HelloMessage(
            "g/1", new Dictionary<string, object?> { ["address"] = "h:1" }, null, AuthTokens.Basic("neo4j", "pw"), PatchUtc: true),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string Write(IRequestMessage message)
    {
        using var buffer = new WriteBuffer();
        message.WriteTo(new PackStreamWriter(buffer));
        return Convert.ToHexString(buffer.WrittenSpan);
    }
}
