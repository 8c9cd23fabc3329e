// The page around the content. Try changing the heading while the server runs.
export function page(title, content, requestNumber) {
  return `<!doctype html>
<title>${title}</title>
<h1>Welcome to ${title}</h1>
${content}
<footer>page ${requestNumber}</footer>
`;
}
