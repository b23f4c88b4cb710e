using System.Buffers.Binary;
using System.Collections;
using System.Text;
using Graph.Bolt.Framing;

namespace Graph.Bolt.PackStream;

/// <summary>
/// Encodes PackStream v1 values into a <see cref="WriteBuffer"/>, always in the smallest encoding.
/// </summary>
internal sealed partial class PackStreamWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly WriteBuffer _buffer;

    public PackStreamWriter(WriteBuffer buffer)
    {
        _buffer = buffer;
    }

    /// <summary>Bolt 4.4 without the utc patch: DateTime values use the legacy 'F'/'f' structures.</summary>
    public bool LegacyDateTime { get; set; }

    public WriteBuffer Buffer => _buffer;

    public void WriteNull() => _buffer.WriteByte(Marker.Null);

    public void WriteBool(bool value) => _buffer.WriteByte(value ? Marker.True : Marker.False);

    public void WriteInt(long value)
    {
        if (value is >= -16 and <= 127)
        {
            _buffer.WriteByte(unchecked((byte)value));
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            Span<byte> span = _buffer.GetSpan(2);
            span[0] = Marker.Int8;
            span[1] = unchecked((byte)value);
            _buffer.Advance(2);
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            Span<byte> span = _buffer.GetSpan(3);
            span[0] = Marker.Int16;
            BinaryPrimitives.WriteInt16BigEndian(span[1..], (short)value);
            _buffer.Advance(3);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            Span<byte> span = _buffer.GetSpan(5);
            span[0] = Marker.Int32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], (int)value);
            _buffer.Advance(5);
        }
        else
        {
            Span<byte> span = _buffer.GetSpan(9);
            span[0] = Marker.Int64;
            BinaryPrimitives.WriteInt64BigEndian(span[1..], value);
            _buffer.Advance(9);
        }
    }

    public void WriteFloat(double value)
    {
        Span<byte> span = _buffer.GetSpan(9);
        span[0] = Marker.Float64;
        BinaryPrimitives.WriteDoubleBigEndian(span[1..], value);
        _buffer.Advance(9);
    }

    public void WriteString(string value)
    {
        int length = Utf8.GetByteCount(value);
        WriteHeader(length, Marker.TinyStringBase, Marker.String8, Marker.String16, Marker.String32);
        Span<byte> span = _buffer.GetSpan(length);
        Utf8.GetBytes(value, span);
        _buffer.Advance(length);
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        int length = value.Length;
        if (length <= byte.MaxValue)
        {
            _buffer.WriteByte(Marker.Bytes8);
            _buffer.WriteByte((byte)length);
        }
        else if (length <= ushort.MaxValue)
        {
            Span<byte> span = _buffer.GetSpan(3);
            span[0] = Marker.Bytes16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)length);
            _buffer.Advance(3);
        }
        else
        {
            Span<byte> span = _buffer.GetSpan(5);
            span[0] = Marker.Bytes32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], length);
            _buffer.Advance(5);
        }

        _buffer.Write(value);
    }

    public void WriteListHeader(int count) => WriteHeader(count, Marker.TinyListBase, Marker.List8, Marker.List16, Marker.List32);

    public void WriteMapHeader(int count) => WriteHeader(count, Marker.TinyMapBase, Marker.Map8, Marker.Map16, Marker.Map32);

    public void WriteStructHeader(int fieldCount, byte tag)
    {
        if (fieldCount is < 0 or > 15)
        {
            throw new ArgumentOutOfRangeException(nameof(fieldCount), "A structure has 0 to 15 fields.");
        }

        Span<byte> span = _buffer.GetSpan(2);
        span[0] = (byte)(Marker.TinyStructBase | fieldCount);
        span[1] = tag;
        _buffer.Advance(2);
    }

    /// <summary>Writes a dictionary with string keys.</summary>
    public void WriteMap(IReadOnlyDictionary<string, object?> map)
    {
        if (map is Dictionary<string, object?> dictionary)
        {
            WriteMapHeader(dictionary.Count);
            foreach (var (key, value) in dictionary)
            {
                WriteString(key);
                WriteValue(value);
            }

            return;
        }

        WriteMapHeader(map.Count);
        foreach (var (key, value) in map)
        {
            WriteString(key);
            WriteValue(value);
        }
    }

    /// <summary>Writes any supported parameter value (see <see cref="BoltSession.RunAsync"/>).</summary>
    /// <exception cref="ArgumentException">The value's type cannot be sent.</exception>
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null:
                WriteNull();
                break;
            case string text:
                WriteString(text);
                break;
            case long number:
                WriteInt(number);
                break;
            case int number:
                WriteInt(number);
                break;
            case bool flag:
                WriteBool(flag);
                break;
            case double real:
                WriteFloat(real);
                break;
            case Dictionary<string, object?> dictionary:
                WriteMap(dictionary);
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(map);
                break;
            case object?[] array:
                WriteListHeader(array.Length);
                foreach (object? item in array)
                {
                    WriteValue(item);
                }

                break;
            case List<object?> list:
                WriteListHeader(list.Count);
                foreach (object? item in list)
                {
                    WriteValue(item);
                }

                break;
            case byte[] bytes:
                WriteBytes(bytes);
                break;
            default:
                WriteOtherValue(value);
                break;
        }
    }

    private void WriteOtherValue(object value)
    {
        switch (value)
        {
            case short number:
                WriteInt(number);
                break;
            case sbyte number:
                WriteInt(number);
                break;
            case byte number:
                WriteInt(number);
                break;
            case ushort number:
                WriteInt(number);
                break;
            case uint number:
                WriteInt(number);
                break;
            case ulong number:
                WriteInt(number <= long.MaxValue
                    ? (long)number
                    : throw new ArgumentException($"The integer {number} does not fit a signed 64-bit PackStream integer."));
                break;
            case float real:
                WriteFloat(real);
                break;
            case char character:
                WriteString(character.ToString());
                break;
            case ReadOnlyMemory<byte> memory:
                WriteBytes(memory.Span);
                break;
            case Memory<byte> memory:
                WriteBytes(memory.Span);
                break;
            case IDictionary<string, object?> map:
                WriteMapHeader(map.Count);
                foreach (var (key, item) in map)
                {
                    WriteString(key);
                    WriteValue(item);
                }

                break;
            case IDictionary map:
                WriteMapHeader(map.Count);
                foreach (DictionaryEntry entry in map)
                {
                    WriteString(entry.Key as string ?? throw new ArgumentException("Map keys must be strings."));
                    WriteValue(entry.Value);
                }

                break;
            case IEnumerable sequence:
                WriteSequence(sequence);
                break;
            default:
                if (!TryWriteStructure(value))
                {
                    throw new ArgumentException($"Values of type {value.GetType()} cannot be sent as Bolt parameters.");
                }

                break;
        }
    }

    private void WriteSequence(IEnumerable sequence)
    {
        if (sequence is ICollection collection)
        {
            WriteListHeader(collection.Count);
            foreach (object? item in sequence)
            {
                WriteValue(item);
            }

            return;
        }

        var items = new List<object?>();
        foreach (object? item in sequence)
        {
            items.Add(item);
        }

        WriteListHeader(items.Count);
        foreach (object? item in items)
        {
            WriteValue(item);
        }
    }

    private void WriteHeader(int size, byte tinyBase, byte marker8, byte marker16, byte marker32)
    {
        if (size < 16)
        {
            _buffer.WriteByte((byte)(tinyBase | size));
        }
        else if (size <= byte.MaxValue)
        {
            Span<byte> span = _buffer.GetSpan(2);
            span[0] = marker8;
            span[1] = (byte)size;
            _buffer.Advance(2);
        }
        else if (size <= ushort.MaxValue)
        {
            Span<byte> span = _buffer.GetSpan(3);
            span[0] = marker16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)size);
            _buffer.Advance(3);
        }
        else
        {
            Span<byte> span = _buffer.GetSpan(5);
            span[0] = marker32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], size);
            _buffer.Advance(5);
        }
    }
}
