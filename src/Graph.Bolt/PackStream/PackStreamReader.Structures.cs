namespace Graph.Bolt.PackStream;

/// <summary>Decoding of the graph, temporal and spatial structures a server sends.</summary>
internal ref partial struct PackStreamReader
{
    private object ReadStructure(int fields, byte tag)
    {
        switch (tag)
        {
            case StructTag.Node when fields is 3 or 4:
                return ReadNode(fields);
            case StructTag.Relationship when fields is 5 or 8:
                return ReadRelationship(fields);
            case StructTag.UnboundRelationship when fields is 3 or 4:
                return ReadUnbound(fields);
            case StructTag.Path when fields == 3:
                return ReadPath();
            case StructTag.Date when fields == 1:
                return new BoltDate(ReadInt());
            case StructTag.Time when fields == 2:
                return new BoltTime(ReadInt(), checked((int)ReadInt()));
            case StructTag.LocalTime when fields == 1:
                return new BoltLocalTime(ReadInt());
            case StructTag.DateTime when fields == 3:
                return new BoltDateTime(ReadInt(), checked((int)ReadInt()), checked((int)ReadInt()));
            case StructTag.DateTimeZoneId when fields == 3:
                return new BoltZonedDateTime(ReadInt(), checked((int)ReadInt()), ReadString());
            case StructTag.LegacyDateTime when fields == 3:
                {
                    long local = ReadInt();
                    int nanos = checked((int)ReadInt());
                    int offset = checked((int)ReadInt());
                    return new BoltDateTime(local - offset, nanos, offset);
                }

            case StructTag.LegacyDateTimeZoneId when fields == 3:
                return ReadLegacyZoned();
            case StructTag.LocalDateTime when fields == 2:
                return new BoltLocalDateTime(ReadInt(), checked((int)ReadInt()));
            case StructTag.Duration when fields == 4:
                return new BoltDuration(ReadInt(), ReadInt(), ReadInt(), checked((int)ReadInt()));
            case StructTag.Point2D when fields == 3:
                return new BoltPoint(checked((int)ReadInt()), ReadFloat(), ReadFloat());
            case StructTag.Point3D when fields == 4:
                return new BoltPoint(checked((int)ReadInt()), ReadFloat(), ReadFloat(), ReadFloat());
            default:
                throw Error($"Unknown structure 0x{tag:X2} with {fields} fields.");
        }
    }

    private Node ReadNode(int fields)
    {
        long id = ReadInt();
        var labels = ReadStrings();
        var properties = ReadMap();
        string elementId = fields == 4 ? ReadString() : id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Node(id, elementId, labels, properties);
    }

    private Relationship ReadRelationship(int fields)
    {
        long id = ReadInt();
        long start = ReadInt();
        long end = ReadInt();
        string type = ReadString();
        var properties = ReadMap();
        if (fields == 8)
        {
            return new Relationship(id, ReadString(), start, ReadString(), end, ReadString(), type, properties);
        }

        var culture = System.Globalization.CultureInfo.InvariantCulture;
        return new Relationship(id, id.ToString(culture), start, start.ToString(culture), end, end.ToString(culture), type, properties);
    }

    private UnboundRelationship ReadUnbound(int fields)
    {
        long id = ReadInt();
        string type = ReadString();
        var properties = ReadMap();
        string elementId = fields == 4 ? ReadString() : id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new UnboundRelationship(id, elementId, type, properties);
    }

    private string[] ReadStrings()
    {
        object?[] items = ReadList();
        var strings = new string[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            strings[i] = items[i] as string ?? throw Error("Expected a list of strings.");
        }

        return strings;
    }

    private Path ReadPath()
    {
        object?[] nodeItems = ReadList();
        object?[] relItems = ReadList();
        object?[] indices = ReadList();
        var nodes = new Node[nodeItems.Length];
        for (int i = 0; i < nodes.Length; i++)
        {
            nodes[i] = nodeItems[i] as Node ?? throw Error("A path's node list holds a non-node.");
        }

        if (nodes.Length == 0 || indices.Length % 2 != 0)
        {
            throw Error("A path needs at least one node and an even number of indices.");
        }

        var pathNodes = new Node[(indices.Length / 2) + 1];
        var pathRels = new Relationship[indices.Length / 2];
        pathNodes[0] = nodes[0];
        var previous = nodes[0];
        for (int i = 0; i < indices.Length; i += 2)
        {
            long relIndex = indices[i] as long? ?? throw Error("Path indices must be integers.");
            long nodeIndex = indices[i + 1] as long? ?? throw Error("Path indices must be integers.");
            if (relIndex == 0 || Math.Abs(relIndex) > relItems.Length || nodeIndex < 0 || nodeIndex >= nodes.Length)
            {
                throw Error("A path index is out of range.");
            }

            var unbound = relItems[Math.Abs(relIndex) - 1] as UnboundRelationship ?? throw Error("A path's relationship list holds a non-relationship.");
            var next = nodes[nodeIndex];
            var (start, end) = relIndex > 0 ? (previous, next) : (next, previous);
            pathRels[i / 2] = new Relationship(
                unbound.Id, unbound.ElementId, start.Id, start.ElementId, end.Id, end.ElementId, unbound.Type, unbound.Properties);
            pathNodes[(i / 2) + 1] = next;
            previous = next;
        }

        return new Path(pathNodes, pathRels);
    }

    private BoltZonedDateTime ReadLegacyZoned()
    {
        long local = ReadInt();
        int nanos = checked((int)ReadInt());
        string zoneId = ReadString();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            throw Error($"Unknown time zone '{zoneId}' in a legacy DateTime.");
        }

        var wall = DateTime.UnixEpoch.AddSeconds(local);
        long offset = (long)zone.GetUtcOffset(DateTime.SpecifyKind(wall, DateTimeKind.Unspecified)).TotalSeconds;
        return new BoltZonedDateTime(local - offset, nanos, zoneId);
    }
}
