namespace OrderPipeline.Domain.Validation;

/// <summary>Finds cycles among order items that point at each other; each cycle is listed once, by item index.</summary>
internal static class RelationshipCycles
{
    private enum Mark : byte { Unvisited, OnPath, Done }

    public static IReadOnlyList<int[]> Find(IReadOnlyList<List<int>> related)
    {
        var marks = new Mark[related.Count];
        var path = new List<int>();
        var cycles = new List<int[]>();
        for (var start = 0; start < related.Count; start++)
        {
            if (marks[start] == Mark.Unvisited) Visit(start, related, marks, path, cycles);
        }

        return cycles;
    }

    // Iterative depth-first search: a client can send thousands of chained items, recursion would risk the stack.
    private static void Visit(int start, IReadOnlyList<List<int>> related, Mark[] marks, List<int> path, List<int[]> cycles)
    {
        var stack = new Stack<(int Node, int NextEdge)>();
        stack.Push((start, 0));
        marks[start] = Mark.OnPath;
        path.Add(start);
        while (stack.Count > 0)
        {
            var (node, nextEdge) = stack.Pop();
            if (nextEdge < related[node].Count)
            {
                stack.Push((node, nextEdge + 1));
                var target = related[node][nextEdge];
                if (marks[target] == Mark.OnPath)
                {
                    cycles.Add([.. path.Skip(path.IndexOf(target))]);
                }
                else if (marks[target] == Mark.Unvisited)
                {
                    marks[target] = Mark.OnPath;
                    path.Add(target);
                    stack.Push((target, 0));
                }
            }
            else
            {
                marks[node] = Mark.Done;
                path.RemoveAt(path.Count - 1);
            }
        }
    }
}
