using System.Text;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>Operators on the payload's bytes: truncation, flipped, inserted and deleted bytes, invalid UTF-8.</summary>
internal static class ByteOperators
{
    private static readonly byte[][] Interesting =
    [
        "<"u8.ToArray(), ">"u8.ToArray(), "&"u8.ToArray(), "\""u8.ToArray(), [0x00], [0xFF], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF],
        "]]>"u8.ToArray(), "</"u8.ToArray(), "\r\n"u8.ToArray(), [0x1B],
    ];

    /// <summary>Overlong, truncated, surrogate and never-valid UTF-8 sequences.</summary>
    private static readonly byte[][] InvalidUtf8 =
    [
        [0xC3, 0x28], [0xA0, 0xA1], [0xE2, 0x28, 0xA1], [0xF0, 0x28, 0x8C, 0x28], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFF],
        [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80],
    ];

    /// <summary>Cuts the payload before its last significant byte (the final '&gt;', whatever the encoding), so it can
    /// never be well-formed: only whitespace may follow the root element.</summary>
    public static string Truncate(HostileMutation mutation, Random random)
    {
        byte[] bytes = mutation.Bytes;
        int last = bytes.Length - 1;
        while (last >= 0 && bytes[last] is 0x20 or 0x09 or 0x0A or 0x0D or 0x00)
        {
            last--;
        }

        int length = last <= 0 ? 0 : random.Next(random.Next(3) == 0 ? Math.Min(64, last + 1) : last + 1);
        mutation.Bytes = bytes[..length];
        mutation.MustBeRefused = true;
        return "to " + length + " of " + bytes.Length + " bytes";
    }

    public static string FlipBytes(HostileMutation mutation, Random random)
    {
        byte[] bytes = [.. mutation.Bytes];
        int flips = 1 + random.Next(8);
        for (int i = 0; i < flips && bytes.Length > 0; i++)
        {
            int at = random.Next(bytes.Length);
            bytes[at] ^= random.Next(2) == 0 ? (byte)(1 << random.Next(8)) : (byte)(1 + random.Next(255));
        }

        Repaired(mutation, bytes);
        return flips + " flips";
    }

    public static string InsertBytes(HostileMutation mutation, Random random)
    {
        var bytes = new List<byte>(mutation.Bytes);
        int inserts = 1 + random.Next(4);
        for (int i = 0; i < inserts; i++)
        {
            byte[] insert = random.Next(2) == 0
                ? Interesting[random.Next(Interesting.Length)]
                : [.. Enumerable.Range(0, 1 + random.Next(8)).Select(_ => (byte)random.Next(256))];
            bytes.InsertRange(random.Next(bytes.Count + 1), insert);
        }

        Repaired(mutation, [.. bytes]);
        return inserts + " insertions";
    }

    public static string DeleteBytes(HostileMutation mutation, Random random)
    {
        var bytes = new List<byte>(mutation.Bytes);
        int deletes = 1 + random.Next(4);
        for (int i = 0; i < deletes && bytes.Count > 0; i++)
        {
            int at = random.Next(bytes.Count);
            bytes.RemoveRange(at, Math.Min(1 + random.Next(64), bytes.Count - at));
        }

        Repaired(mutation, [.. bytes]);
        return deletes + " deletions";
    }

    /// <summary>Invalid UTF-8 inside a value (FlowID, the CPR, a card value) or anywhere.</summary>
    public static string InvalidUtf8Sequence(HostileMutation mutation, Random random)
    {
        byte[] bytes = mutation.Bytes;
        byte[] sequence = InvalidUtf8[random.Next(InvalidUtf8.Length)];
        string[] values = ["flow-1", "1111111118", "Testsystem", "SOR"];
        string value = values[random.Next(values.Length)];
        int at = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value));
        at = at < 0 ? random.Next(bytes.Length + 1) : at + random.Next(value.Length);
        mutation.Bytes = [.. bytes.AsSpan(0, at), .. sequence, .. bytes.AsSpan(at)];
        return Convert.ToHexString(sequence) + " at " + at;
    }

    /// <summary>Random bytes may undo what made a case unacceptable (a DOCTYPE flipped into a comment): only truncation,
    /// which runs last, keeps its guarantee.</summary>
    private static void Repaired(HostileMutation mutation, byte[] bytes)
    {
        mutation.Bytes = bytes;
        mutation.MustBeRefused = false;
    }
}
