using System.Buffers.Binary;
using System.Text;

namespace Graph.Bolt.PackStream;

/// <summary>
/// Decodes PackStream v1 values from a span. Unknown markers, truncated input and unknown structures raise
/// <see cref="ProtocolException"/>.
/// </summary>
internal ref partial struct PackStreamReader
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public PackStreamReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    public readonly int Position => _position;

    public readonly int Remaining => _data.Length - _position;

    public byte PeekMarker()
    {
        Require(1);
        return _data[_position];
    }

    /// <summary>Reads a structure header: returns its field count and tag.</summary>
    public (int FieldCount, byte Tag) ReadStructHeader()
    {
        byte marker = ReadByte();
        if ((marker & 0xF0) != Marker.TinyStructBase)
        {
            throw Error($"Expected a structure but found marker 0x{marker:X2}.");
        }

        return (marker & 0x0F, ReadByte());
    }

    public long ReadInt()
    {
        object? value = ReadValue();
        return value as long? ?? throw Error($"Expected an integer but found {Describe(value)}.");
    }

    public string ReadString()
    {
        object? value = ReadValue();
        return value as string ?? throw Error($"Expected a string but found {Describe(value)}.");
    }

    public double ReadFloat()
    {
        object? value = ReadValue();
        return value as double? ?? throw Error($"Expected a float but found {Describe(value)}.");
    }

    public Dictionary<string, object?> ReadMap()
    {
        object? value = ReadValue();
        return value as Dictionary<string, object?> ?? throw Error($"Expected a dictionary but found {Describe(value)}.");
    }

    public object?[] ReadList()
    {
        object? value = ReadValue();
        return value as object?[] ?? throw Error($"Expected a list but found {Describe(value)}.");
    }

    /// <summary>Reads any value: null, bool, long, double, string, byte[], object?[] (list), dictionary or structure value.</summary>
    public object? ReadValue()
    {
        byte marker = ReadByte();
        if (marker < 0x80)
        {
            return (long)marker;
        }

        if (marker >= 0xF0)
        {
            return (long)unchecked((sbyte)marker);
        }

        switch (marker & 0xF0)
        {
            case Marker.TinyStringBase:
                return ReadUtf8(marker & 0x0F);
            case Marker.TinyListBase:
                return ReadListItems(marker & 0x0F);
            case Marker.TinyMapBase:
                return ReadMapEntries(marker & 0x0F);
            case Marker.TinyStructBase:
                return ReadStructure(marker & 0x0F, ReadByte());
        }

        switch (marker)
        {
            case Marker.Null:
                return null;
            case Marker.False:
                return false;
            case Marker.True:
                return true;
            case Marker.Float64:
                return BinaryPrimitives.ReadDoubleBigEndian(Take(8));
            case Marker.Int8:
                return (long)unchecked((sbyte)ReadByte());
            case Marker.Int16:
                return (long)BinaryPrimitives.ReadInt16BigEndian(Take(2));
            case Marker.Int32:
                return (long)BinaryPrimitives.ReadInt32BigEndian(Take(4));
            case Marker.Int64:
                return BinaryPrimitives.ReadInt64BigEndian(Take(8));
            case Marker.Bytes8:
                return Take(ReadByte()).ToArray();
            case Marker.Bytes16:
                return Take(BinaryPrimitives.ReadUInt16BigEndian(Take(2))).ToArray();
            case Marker.Bytes32:
                return Take(ReadSize32()).ToArray();
            case Marker.String8:
                return ReadUtf8(ReadByte());
            case Marker.String16:
                return ReadUtf8(BinaryPrimitives.ReadUInt16BigEndian(Take(2)));
            case Marker.String32:
                return ReadUtf8(ReadSize32());
            case Marker.List8:
                return ReadListItems(ReadByte());
            case Marker.List16:
                return ReadListItems(BinaryPrimitives.ReadUInt16BigEndian(Take(2)));
            case Marker.List32:
                return ReadListItems(ReadSize32());
            case Marker.Map8:
                return ReadMapEntries(ReadByte());
            case Marker.Map16:
                return ReadMapEntries(BinaryPrimitives.ReadUInt16BigEndian(Take(2)));
            case Marker.Map32:
                return ReadMapEntries(ReadSize32());
            default:
                throw Error($"Unknown PackStream marker 0x{marker:X2} at offset {_position - 1}.");
        }
    }

    internal static ProtocolException Error(string message) => new(ErrorCodes.Protocol, message);

    private static string Describe(object? value) => value is null ? "null" : value.GetType().Name;

    private object?[] ReadListItems(int count)
    {
        // Every item takes at least one byte: reject sizes the input cannot hold before allocating.
        Require(count);
        var items = count == 0 ? [] : new object?[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = ReadValue();
        }

        return items;
    }

    private Dictionary<string, object?> ReadMapEntries(int count)
    {
        Require(count * 2);
        var map = new Dictionary<string, object?>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string key = ReadValue() as string ?? throw Error("Dictionary keys must be strings.");
            map[key] = ReadValue(); // Duplicate keys: the last one wins.
        }

        return map;
    }

    private string ReadUtf8(int length)
    {
        if (length == 0)
        {
            return "";
        }

        try
        {
            return Utf8.GetString(Take(length));
        }
        catch (DecoderFallbackException e)
        {
            throw new ProtocolException(ErrorCodes.Protocol, "A PackStream string is not valid UTF-8.", e);
        }
    }

    private int ReadSize32()
    {
        int size = BinaryPrimitives.ReadInt32BigEndian(Take(4));
        return size >= 0 ? size : throw Error("A PackStream size exceeds 2^31-1.");
    }

    private byte ReadByte()
    {
        Require(1);
        return _data[_position++];
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        Require(count);
        var span = _data.Slice(_position, count);
        _position += count;
        return span;
    }

    private readonly void Require(int count)
    {
        if ((uint)count > (uint)(_data.Length - _position))
        {
            throw Error($"Truncated PackStream data: need {count} bytes at offset {_position}, have {_data.Length - _position}.");
        }
    }
}
