using System.Text;

namespace OrderPipeline.Domain.Validation;

/// <summary>
/// Where a forward-only JSON reader is, as a path such as <c>productOrderItem[0].description</c>: one level per open
/// object or array, each with its current property name or index, and per object the names seen so far. Levels are
/// reused as the reader goes in and out, so a document of many small objects costs no set per object.
/// </summary>
internal sealed class JsonPathStack
{
    private readonly List<Level> levels = [];
    private int depth;

    public void Push(bool isArray)
    {
        if (depth == levels.Count) levels.Add(new Level());
        levels[depth++].Reset(isArray);
    }

    public void Pop() => depth--;

    /// <summary>A value begins: in an array, the next index.</summary>
    public void NextElement()
    {
        if (depth > 0 && levels[depth - 1].IsArray) levels[depth - 1].Index++;
    }

    /// <summary>Names the current property of the open object; false when the object already had that name, in any case.</summary>
    public bool Name(string name)
    {
        var level = levels[depth - 1];
        level.Name = name;
        return level.Names.Add(name);
    }

    /// <summary>The path of the current value.</summary>
    public string Current() => PathOf(depth);

    /// <summary>The path of the open object (empty for the document's root).</summary>
    public string OfObject() => PathOf(depth - 1);

    private string PathOf(int levelCount)
    {
        var path = new StringBuilder();
        foreach (var level in levels.Take(levelCount))
        {
            if (level.IsArray) path.Append('[').Append(level.Index).Append(']');
            else path.Append(path.Length == 0 ? "" : ".").Append(level.Name);
        }

        return path.ToString();
    }

    private sealed class Level
    {
        public bool IsArray { get; private set; }
        public int Index { get; set; }
        public string? Name { get; set; }

        // Compared ignoring case, as the resources' properties are bound: "id" and "Id" would fill the same field.
        public HashSet<string> Names { get; private set; } = new(StringComparer.OrdinalIgnoreCase);

        public void Reset(bool isArray)
        {
            IsArray = isArray;
            Index = -1;
            Name = null;
            // Clearing costs the set's capacity, so a set grown by one wide object is dropped rather than cleared for every small one after it.
            if (Names.Count > 64) Names = new(StringComparer.OrdinalIgnoreCase);
            else Names.Clear();
        }
    }
}
