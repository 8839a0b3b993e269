// Shows that later content is linked as it arrives, and that the page stays responsive.
document.querySelector('#grow').addEventListener('click', () => {
  const article = document.querySelector('article');
  const sample = [...article.querySelectorAll(':scope > p:not(.byline)')].slice(0, 5);
  for (let i = 0; i < 40; i++) {
    for (const paragraph of sample) {
      const copy = document.createElement('p');
      copy.textContent = paragraph.textContent;
      article.append(copy);
    }
  }
});
