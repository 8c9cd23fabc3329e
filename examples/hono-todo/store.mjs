// The hono-todo example's in-memory state. Nothing here is edited while the server runs, so the
// todos survive every edit of app.mjs (only the modules an edit reaches run again).
const todos = new Map();
let nextId = 1;

export function list() {
  return [...todos.values()];
}

export function add(title) {
  const todo = { id: nextId++, title, done: false };
  todos.set(todo.id, todo);
  return todo;
}

export function update(id, changes) {
  const todo = todos.get(id);
  if (todo === undefined) return undefined;
  if (typeof changes.title === "string") todo.title = changes.title;
  if (typeof changes.done === "boolean") todo.done = changes.done;
  return todo;
}

export function remove(id) {
  return todos.delete(id);
}
