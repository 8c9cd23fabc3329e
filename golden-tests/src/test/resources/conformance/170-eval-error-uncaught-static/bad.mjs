console.log('before');
throw new SyntaxError('thrown at runtime');
