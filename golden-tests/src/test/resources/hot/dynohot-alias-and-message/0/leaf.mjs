console.log('leaf v1');
import.meta.dynoHot.accept();
