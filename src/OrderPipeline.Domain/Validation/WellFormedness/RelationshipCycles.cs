using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Validation.WellFormedness;

/// <summary>Finds cycles among order items that point at each other; each cycle is listed once, by item index.</summary>
internal static class RelationshipCycles
{
    private enum Mark : byte { Unvisited, OnPath, Done }

    /// <summary>
    /// The cycles among the relationships that name another item of the order; one that names no item, or its own,
    /// is a failure of its own (<see cref="ItemRelationshipValidator"/>) and no edge here.
    /// </summary>
    public static IReadOnlyList<int[]> Find(IReadOnlyList<OrderItemView?> itemsByIndex, OrderItemIds ids)
    {
        var related = new List<int>[itemsByIndex.Count];
        for (var index = 0; index < related.Length; index++) related[index] = [];
        foreach (var item in itemsByIndex.OfType<OrderItemView>())
        {
            foreach (var relationship in item.ItemRelationships)
            {
                if (!string.IsNullOrWhiteSpace(relationship.ItemId)
                    && relationship.ItemId != item.Id
                    && ids.TryGetFirstIndex(relationship.ItemId, out var target))
                {
                    related[item.Index].Add(target);
                }
            }
        }

        return Find(related);
    }

    private static IReadOnlyList<int[]> Find(IReadOnlyList<List<int>> related)
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
