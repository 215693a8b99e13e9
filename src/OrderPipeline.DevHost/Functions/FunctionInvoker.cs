using System.Collections.Concurrent;
using System.Reflection;

namespace OrderPipeline.DevHost.Functions;

/// <summary>
/// Calls a function method as the worker does: a new instance of its class per invocation, constructor arguments from the
/// invocation's service scope, the method's own parameters from the trigger.
/// </summary>
internal static class FunctionInvoker
{
    private static readonly ConcurrentDictionary<Type, ObjectFactory> Factories = new();
    private static readonly ConcurrentDictionary<MethodInfo, ParameterInfo[]> Parameters = new();

    /// <param name="bind">The argument for each parameter of the method; throws for a parameter the trigger cannot give.</param>
    /// <returns>What the method returned, awaited when it is a task.</returns>
    public static async Task<object?> InvokeAsync(IServiceProvider services, MethodInfo method, Func<ParameterInfo, object?> bind)
    {
        var instance = method.IsStatic ? null
            : Factories.GetOrAdd(method.DeclaringType!, type => ActivatorUtilities.CreateFactory(type, Type.EmptyTypes))(services, null);
        var arguments = Parameters.GetOrAdd(method, static function => function.GetParameters()).Select(bind).ToArray();
        var returned = method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
        if (returned is not Task task)
        {
            return returned;
        }

        await task;
        return method.ReturnType.IsGenericType ? method.ReturnType.GetProperty(nameof(Task<object>.Result))!.GetValue(task) : null;
    }

    public static Exception Unbindable(string function, ParameterInfo parameter, string trigger) => new InvalidOperationException(
        $"Function {function}: the development host cannot give parameter '{parameter.Name}' ({parameter.ParameterType.Name}) " +
        $"from a {trigger} trigger; take it from the trigger or the constructor instead.");
}
