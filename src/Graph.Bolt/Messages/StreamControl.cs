using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>The shared body of PULL and DISCARD.</summary>
internal static class StreamControl
{
    public static void Write(PackStreamWriter writer, byte tag, long n, long qid)
    {
        writer.WriteStructHeader(1, tag);
        writer.WriteMapHeader(qid == -1 ? 1 : 2);
        writer.WriteString("n");
        writer.WriteInt(n);
        if (qid != -1)
        {
            writer.WriteString("qid");
            writer.WriteInt(qid);
        }
    }
}
